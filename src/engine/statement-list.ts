/**
 * The statements of a tree in source order (ast-types' field order, which a built node and a parsed one share),
 * so that the statements of the tree recast printed and of its printed text read back can be paired one for one.
 * Empty statements are left out: recast drops them between statements.
 */
import type { JSCodeshift } from 'jscodeshift';

type AstObject = Record<string, unknown> & { original?: unknown };

export interface ListedStatement {
  readonly node: AstObject;
  readonly type: string;
  /** Inside a subtree put back as parsed (unchanged-subtrees.ts): printed as the file's own text. */
  readonly unchanged: boolean;
  /** A declaration in a `for` head, whose `;` is not a statement end. */
  readonly inForHead: boolean;
}

/** The kinds of statement that end with a `;` in a file written with semicolons. */
export const TERMINATED = new Set([
  'ExpressionStatement', 'VariableDeclaration', 'ImportDeclaration', 'ExportNamedDeclaration', 'ExportDefaultDeclaration',
  'ExportAllDeclaration', 'ReturnStatement', 'ThrowStatement', 'BreakStatement', 'ContinueStatement', 'DoWhileStatement',
  'DebuggerStatement', 'TSTypeAliasDeclaration', 'TSImportEqualsDeclaration', 'TSExportAssignment', 'ClassProperty',
  'PropertyDefinition', 'ClassPrivateProperty', 'ClassAccessorProperty',
]);

/**
 * The text the offsets (`start`, `end`) of a recast tree's nodes count in: recast hands its parser the file with
 * tabs expanded (at its default width, 4) and LF line ends.
 */
export function parsedText(root: object, text: string): string {
  if (!text.includes('\t') && !text.includes('\r')) return text;
  const lines = (root as { loc?: { lines?: { toString(options: object): string } } }).loc?.lines;
  return lines ? lines.toString({ tabWidth: 4, useTabs: false, reuseWhitespace: false }) : text;
}

const SKIPPED_FIELDS = new Set(['loc', 'tokens', 'comments', 'leadingComments', 'trailingComments', 'innerComments', 'extra', 'original', 'type']);
export const FOR_HEADS = new Set(['ForStatement', 'ForInStatement', 'ForOfStatement']);

const isStatement = (type: string) =>
  type !== 'EmptyStatement' && (type.endsWith('Statement') || type.endsWith('Declaration') || TERMINATED.has(type));

export function listStatements(j: JSCodeshift, root: object): ListedStatement[] {
  const listed: ListedStatement[] = [];
  const fieldsOf = (node: AstObject): string[] => {
    try {
      return j.types.getFieldNames(node as never);
    } catch {
      // A node type ast-types does not define (newer syntax): its own keys, which both trees hold in parse order.
      return Object.keys(node);
    }
  };
  const visit = (value: unknown, unchanged: boolean, inForHead: boolean): void => {
    if (Array.isArray(value)) {
      value.forEach((element) => visit(element, unchanged, false));
      return;
    }
    if (typeof value !== 'object' || value === null || typeof (value as AstObject).type !== 'string') return;
    const node = value as AstObject;
    const type = node.type as string;
    const below = unchanged || node.original === node;
    if (isStatement(type)) listed.push({ node, type, unchanged: below, inForHead });
    for (const field of fieldsOf(node)) {
      if (SKIPPED_FIELDS.has(field)) continue;
      visit(node[field], below, FOR_HEADS.has(type) && (field === 'init' || field === 'left'));
    }
  };
  visit(root, false, false);
  return listed;
}
