/**
 * The clients a module hands to other modules: `export const redis = new Redis()`, `export { redis }`,
 * `export default redis`, `module.exports = redis`, `module.exports = { redis }` and `exports.redis = redis`.
 * Importers then treat the imported name as a client of the same library and shape.
 */
import type { ASTPath } from 'jscodeshift';
import type { ParsedFile } from '../../ast/parsed-file.js';
import { findReferencedBinding } from './client-calls.js';
import type { ClientBinding, ExportedClient } from './types.js';
import { pathsOf } from '../../ast/node-index.js';
import { nodeOf, type NodeLike } from '../../ast/node.js';
import { oncePerAnalysis } from './once-per-analysis.js';

function isModuleExports(node: NodeLike): boolean {
  return (
    node.type === 'MemberExpression' &&
    (node.object as NodeLike).type === 'Identifier' &&
    (node.object as NodeLike).name === 'module' &&
    (node.property as NodeLike).type === 'Identifier' &&
    (node.property as NodeLike).name === 'exports'
  );
}

/** `exports.x` or `module.exports.x` → `x`. */
function exportsPropertyName(node: NodeLike): string | undefined {
  if (node.type !== 'MemberExpression' || node.computed) return undefined;
  const object = node.object as NodeLike;
  const property = node.property as NodeLike;
  if (property.type !== 'Identifier') return undefined;
  const isExportsObject = (object.type === 'Identifier' && object.name === 'exports') || isModuleExports(object);
  return isExportsObject ? String(property.name) : undefined;
}

export function findExportedClients(file: ParsedFile, bindings: readonly ClientBinding[]): ExportedClient[] {
  return findExportedBindings(file, bindings).map(({ exportName, binding: { library, topology, shape } }) => ({ exportName, library, topology, shape }));
}

type ExportedBinding = { readonly exportName: string; readonly binding: ClientBinding };

/** Each name the module exports a client under, with the binding that holds it. */
export const findExportedBindings = oncePerAnalysis((file: ParsedFile, bindings: readonly ClientBinding[]): ExportedBinding[] => {
  if (bindings.length === 0) return [];
  const { j } = file;
  const exported: { exportName: string; binding: ClientBinding }[] = [];
  const add = (exportName: string, binding: ClientBinding | undefined) => {
    if (binding) exported.push({ exportName, binding });
  };
  const bindingAt = (path: ASTPath) => findReferencedBinding(path, bindings);

  pathsOf(file, j.ExportNamedDeclaration).forEach((path) => {
    const declaration = path.node.declaration as NodeLike | null;
    if (declaration?.type === 'VariableDeclaration') {
      for (const declarator of declaration.declarations as NodeLike[]) {
        const id = declarator.id as NodeLike;
        if (id.type !== 'Identifier') continue;
        add(String(id.name), bindings.find((binding) => binding.access === 'variable' && binding.name === id.name));
      }
    }
    if (path.node.source) return;
    (path.get('specifiers') as ASTPath).each?.((specifierPath: ASTPath) => {
      const specifier = nodeOf(specifierPath);
      const exportedName = String((specifier.exported as NodeLike).name);
      add(exportedName, bindingAt(specifierPath.get('local') as ASTPath));
    });
  });
  pathsOf(file, j.ExportDefaultDeclaration).forEach((path) => {
    add('default', bindingAt(path.get('declaration') as ASTPath));
  });
  pathsOf(file, j.AssignmentExpression).forEach((path) => {
    const left = path.node.left as unknown as NodeLike;
    const right = path.get('right') as ASTPath;
    if (isModuleExports(left)) {
      const value = nodeOf(right);
      if (value.type === 'ObjectExpression') {
        (right.get('properties') as ASTPath).each?.((propertyPath: ASTPath) => {
          const property = nodeOf(propertyPath);
          const key = property.key as NodeLike | undefined;
          if (key?.type !== 'Identifier') return;
          add(String(key.name), bindingAt(propertyPath.get('value') as ASTPath));
        });
      } else {
        add('default', bindingAt(right));
      }
      return;
    }
    const name = exportsPropertyName(left);
    if (name) add(name, bindingAt(right));
  });
  return exported;
});
