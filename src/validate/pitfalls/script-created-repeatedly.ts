/**
 * `new Script(code)` inside a loop or a function: GLIDE keeps each Script's code in the client's core until
 * `release()` is called (Scripts are not garbage collected), so a Script created on every pass or every call grows
 * memory without bound. Create it once at module level and reuse it. A Script a function releases itself (a
 * `release()` call on the same name in that function) is not reported.
 */
import { Node, SyntaxKind, type NewExpression } from 'ts-morph';
import { definePitfall } from '../pitfall.js';

const LOOPS = new Set([SyntaxKind.ForStatement, SyntaxKind.ForOfStatement, SyntaxKind.ForInStatement, SyntaxKind.WhileStatement, SyntaxKind.DoStatement]);

function isGlideScript(expression: NewExpression): boolean {
  const declarations = expression.getType().getSymbol()?.getDeclarations() ?? [];
  return expression.getType().getSymbol()?.getName() === 'Script' && declarations.some((declaration) => declaration.getSourceFile().getFilePath().includes('valkey-glide'));
}

/** The loop or function the expression runs in, innermost first, stopping at the first function. */
function repeatedIn(expression: NewExpression): { kind: 'loop' | 'function'; node: Node } | undefined {
  for (let current: Node | undefined = expression.getParent(); current; current = current.getParent()) {
    if (LOOPS.has(current.getKind())) return { kind: 'loop', node: current };
    if (Node.isFunctionLikeDeclaration(current)) return { kind: 'function', node: current };
  }
  return undefined;
}

/** `const s = new Script(...)` followed by `s.release()` within `scope`. */
function releasedWithin(expression: NewExpression, scope: Node): boolean {
  const declaration = expression.getParentIfKind(SyntaxKind.VariableDeclaration);
  const name = declaration?.getName();
  if (!name) return false;
  return scope.getDescendantsOfKind(SyntaxKind.CallExpression).some((call) => {
    const callee = call.getExpression();
    return Node.isPropertyAccessExpression(callee) && callee.getName() === 'release' && callee.getExpression().getText() === name;
  });
}

export const scriptCreatedRepeatedly = definePitfall({
  id: 'script-created-repeatedly',
  summary: 'new Script(...) is created inside a loop or a function, and never released there',
  find: (context) =>
    context.sourceFile.getDescendantsOfKind(SyntaxKind.NewExpression).flatMap((expression) => {
      if (!isGlideScript(expression)) return [];
      const place = repeatedIn(expression);
      if (!place || releasedWithin(expression, place.node)) return [];
      const where = place.kind === 'loop' ? 'inside a loop: each pass' : 'inside a function: each call';
      return [context.at(expression, `new Script(...) ${where} creates a Script that GLIDE keeps in memory until release() is called; create it once at module level and reuse it`)];
    }),
});
