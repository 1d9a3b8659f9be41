/**
 * Turns a TypeScript module tree into JavaScript by removing what only the type checker reads: type-only imports
 * and specifiers, interfaces and type aliases, ambient `declare module '...' { }` blocks (declaration merging),
 * annotations, type parameters and arguments, `as` casts, `!`
 * assertions and `satisfies`. Generators write each module once, in TypeScript; the JavaScript variant is this
 * pass over the tree, so the two cannot say different things.
 */
import type { Collection, JSCodeshift } from 'jscodeshift';
import type { NodeLike } from '../ast/node.js';

/** TypeScript that has run-time meaning, so it has no JavaScript form by deletion: templates must not use it. */
const WITHOUT_JAVASCRIPT_FORM = new Set(['TSEnumDeclaration', 'TSModuleDeclaration', 'TSParameterProperty', 'TSImportEqualsDeclaration', 'TSExportAssignment']);

export class TypeStrippingError extends Error {
  constructor(nodeType: string) {
    super(`a ${nodeType} has no JavaScript form by removing types; write the template without it`);
    this.name = 'TypeStrippingError';
  }
}

const TYPE_ONLY_DECLARATIONS = new Set(['TSInterfaceDeclaration', 'TSTypeAliasDeclaration', 'TSDeclareFunction']);
const WRAPPING_EXPRESSIONS = new Set(['TSAsExpression', 'TSNonNullExpression', 'TSSatisfiesExpression', 'TSTypeAssertion']);
const MEMBER_MODIFIERS = ['readonly', 'accessibility', 'abstract', 'override', 'definite', 'declare', 'optional'] as const;
const TYPE_FIELDS = ['typeAnnotation', 'returnType', 'typeParameters', 'typeArguments', 'superTypeParameters', 'implements'] as const;

export function stripTypes(j: JSCodeshift, root: Collection): void {
  // `declare module 'fastify' { ... }` only adds types; a `namespace` without `declare` has run-time meaning.
  root.find(j.Node).forEach((path) => {
    const node = path.node as unknown as NodeLike;
    if (node.type === 'TSModuleDeclaration' && node.declare === true) path.prune();
  });
  root.find(j.Node).forEach((path) => {
    const type = (path.node as unknown as NodeLike).type;
    if (WITHOUT_JAVASCRIPT_FORM.has(type)) throw new TypeStrippingError(type);
  });
  root.find(j.ImportDeclaration).forEach((path) => {
    const declaration = path.node as unknown as NodeLike & { specifiers?: NodeLike[] };
    if (declaration.importKind === 'type') {
      path.prune();
      return;
    }
    const kept = (declaration.specifiers ?? []).filter((specifier) => specifier.importKind !== 'type');
    if (kept.length === 0 && (declaration.specifiers ?? []).length > 0) path.prune();
    else declaration.specifiers = kept;
  });
  root.find(j.Node).forEach((path) => {
    const node = path.node as unknown as NodeLike;
    if (TYPE_ONLY_DECLARATIONS.has(node.type)) {
      const parent = path.parent?.node as NodeLike | undefined;
      // `export interface X {}` goes with its export.
      if (parent && (parent.type === 'ExportNamedDeclaration' || parent.type === 'ExportDefaultDeclaration')) path.parent.prune();
      else path.prune();
    }
  });
  root.find(j.Node).forEach((path) => {
    const node = path.node as unknown as NodeLike;
    for (const field of TYPE_FIELDS) if (node[field] !== undefined && node[field] !== null && node.type !== 'TSTypeAnnotation') delete node[field];
    if (node.type === 'Identifier' && node.optional) delete node.optional;
    // Class members: `readonly key: string;` becomes the field `key;`.
    if (node.type === 'ClassProperty' || node.type === 'ClassMethod') for (const flag of MEMBER_MODIFIERS) delete node[flag];
  });
  // Innermost first, so a cast of a cast unwraps completely.
  const wrapped = root.find(j.Node).filter((path) => WRAPPING_EXPRESSIONS.has((path.node as unknown as NodeLike).type)).paths().reverse();
  for (const path of wrapped) path.replace((path.node as unknown as { expression: never }).expression);
}
