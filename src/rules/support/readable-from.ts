/**
 * `Readable.from(iterable)`: a Node object-mode stream over what an async generator yields, where the source
 * client gave a stream of its own (ioredis' `scanStream`). `Readable` is imported from `node:stream`, unless the
 * file already has Node's `Readable` under that name where the call stands. Undefined when that name means
 * something else there: the rule flags the call instead of shadowing the program's own `Readable`.
 */
import type { ASTPath } from 'jscodeshift';
import type { ExpressionKind } from 'ast-types/lib/gen/kinds.js';
import type { RuleContext } from '../../engine/rewrite/rule.js';
import { nodeOf, type NodeLike } from '../../ast/node.js';
import { lookupScope } from '../../ast/scope-lookup.js';

const STREAM_MODULES: ReadonlySet<string> = new Set(['stream', 'node:stream']);

/** The module a `require('x')` call or a string literal names. */
function moduleName(node: NodeLike | undefined): string | undefined {
  if (!node) return undefined;
  if (node.type === 'CallExpression' && (node.callee as NodeLike).name === 'require') return moduleName((node.arguments as NodeLike[])[0]);
  return typeof node.value === 'string' ? node.value : undefined;
}

/** `import { Readable } from 'stream'` or `const { Readable } = require('node:stream')`. */
function isNodeReadable(declaration: ASTPath): boolean {
  let path: ASTPath | null | undefined = declaration;
  while (path && !['ImportSpecifier', 'VariableDeclarator'].includes(nodeOf(path).type)) path = path.parent as ASTPath | null;
  if (!path) return false;
  const node = nodeOf(path);
  if (node.type === 'ImportSpecifier') {
    return (node.imported as NodeLike).name === 'Readable' && STREAM_MODULES.has(moduleName(nodeOf(path.parent as ASTPath).source as NodeLike) ?? '');
  }
  const pattern = node.id as NodeLike;
  const property = pattern.type === 'ObjectPattern' ? (pattern.properties as NodeLike[]).find((entry) => ((entry.value ?? entry.key) as NodeLike)?.name === 'Readable') : undefined;
  return Boolean(property) && ((property?.key as NodeLike).name === 'Readable') && STREAM_MODULES.has(moduleName(node.init as NodeLike) ?? '');
}

export function readableFrom(context: RuleContext, at: ASTPath, iterable: ExpressionKind): ExpressionKind | undefined {
  const { j } = context;
  const scope = lookupScope(at, 'Readable');
  if (scope) {
    const declarations = (scope.getBindings() as Record<string, ASTPath[]>).Readable ?? [];
    if (declarations.length !== 1 || !isNodeReadable(declarations[0])) return undefined;
  } else {
    context.useBuiltinExport('node:stream', 'Readable');
  }
  return j.callExpression(j.memberExpression(j.identifier('Readable'), j.identifier('from')), [iterable]);
}
