/**
 * Turns an ES module tree into CommonJS for the `cjs` module system: named imports become destructured `require`
 * calls, exported declarations lose `export` and are collected into one `module.exports = { ... }` at the end.
 * Generators write ESM once; this pass gives the CommonJS variant from the same tree. Only the shapes generator
 * templates use are handled; anything else is a generator defect and throws with what it met.
 */
import type { Collection, JSCodeshift } from 'jscodeshift';
import type { NodeLike } from '../ast/node.js';

export class CommonJsConversionError extends Error {
  constructor(what: string) {
    super(`cannot convert to CommonJS: ${what}`);
    this.name = 'CommonJsConversionError';
  }
}

export function toCommonJs(j: JSCodeshift, root: Collection): void {
  root.find(j.ImportDeclaration).forEach((path) => {
    const declaration = path.node;
    const required = j.callExpression(j.identifier('require'), [j.stringLiteral(String(declaration.source.value))]);
    const specifiers = declaration.specifiers ?? [];
    const named = specifiers.filter((specifier) => specifier.type === 'ImportSpecifier');
    if (named.length !== specifiers.length) throw new CommonJsConversionError('only named imports are supported');
    const pattern = j.objectPattern(
      named.map((specifier) => {
        const imported = j.identifier(String(specifier.imported.name));
        const local = j.identifier(String(specifier.local?.name ?? specifier.imported.name));
        const property = j.objectProperty(imported, local);
        property.shorthand = imported.name === local.name;
        return property;
      }),
    );
    const statement = j.variableDeclaration('const', [j.variableDeclarator(pattern, required)]);
    (statement as unknown as NodeLike).comments = (declaration as unknown as NodeLike).comments;
    path.replace(statement);
  });
  const exported: string[] = [];
  root.find(j.ExportNamedDeclaration).forEach((path) => {
    const declaration = path.node.declaration as unknown as NodeLike | null;
    if (!declaration || path.node.specifiers?.length) throw new CommonJsConversionError('only exported declarations are supported');
    exported.push(...declaredNames(declaration));
    declaration.comments = (path.node as unknown as NodeLike).comments;
    path.replace(declaration);
  });
  if (root.find(j.ExportDefaultDeclaration).size() > 0 || root.find(j.ExportAllDeclaration).size() > 0) {
    throw new CommonJsConversionError('default and star exports are not supported');
  }
  if (exported.length === 0) return;
  const exportsObject = j.objectExpression(
    exported.map((name) => {
      const property = j.objectProperty(j.identifier(name), j.identifier(name));
      property.shorthand = true;
      return property;
    }),
  );
  const assignment = j.expressionStatement(j.assignmentExpression('=', j.memberExpression(j.identifier('module'), j.identifier('exports')), exportsObject));
  root.find(j.Program).get('body').push(assignment);
}

function declaredNames(declaration: NodeLike): string[] {
  if (declaration.type === 'FunctionDeclaration' || declaration.type === 'ClassDeclaration') {
    return [String((declaration.id as NodeLike).name)];
  }
  if (declaration.type === 'VariableDeclaration') {
    return (declaration.declarations as NodeLike[]).map((declarator) => {
      const id = declarator.id as NodeLike;
      if (id.type !== 'Identifier') throw new CommonJsConversionError('only exported names, not patterns, are supported');
      return String(id.name);
    });
  }
  throw new CommonJsConversionError(`an exported ${declaration.type}`);
}
