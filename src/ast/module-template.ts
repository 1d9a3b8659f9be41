/**
 * A whole module built from our own template text with named holes, the way generators write code: the text is
 * fixed (written in this repository, never from a user), and every user value enters the tree as a node in a
 * hole (a string or number literal, or an identifier the caller has validated), so no value can become code.
 *
 * A hole is written in the text as the identifier `$hole$name`; it may stand wherever an identifier may (an
 * expression, a function name, an import specifier). Each hole the text names must be given and each given hole
 * must be used, so a template and its caller cannot drift apart silently.
 */
import type { Collection, JSCodeshift } from 'jscodeshift';
import type { ExpressionKind } from 'ast-types/lib/gen/kinds.js';

const HOLE_PREFIX = '$hole$';

/** What may fill a hole: a literal (any expression node) or an identifier node. */
export type HoleValue = ExpressionKind;

/** The text and the holes do not match: a defect in a generator, reported with the hole's name. */
export class ModuleTemplateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ModuleTemplateError';
  }
}

/** `$hole$name`, for writing template text. */
export const hole = (name: string): string => `${HOLE_PREFIX}${name}`;

/**
 * Parses `text` with `j`'s parser and puts each hole's node in place of every `$hole$name` identifier.
 * The returned collection is the parsed file, ready for further tree passes and printing.
 */
export function fillModuleTemplate(j: JSCodeshift, text: string, holes: Readonly<Record<string, HoleValue>>): Collection {
  const root = j(text);
  const used = new Set<string>();
  root.find(j.Identifier).forEach((path) => {
    const name = path.node.name;
    if (!name.startsWith(HOLE_PREFIX)) return;
    const holeName = name.slice(HOLE_PREFIX.length);
    const value = holes[holeName];
    if (!value) throw new ModuleTemplateError(`the template uses the hole '${holeName}', which was not given`);
    used.add(holeName);
    // Each occurrence gets its own copy: one node object in two places confuses recast's reprinting.
    path.replace(copyNode(value));
  });
  const unused = Object.keys(holes).filter((name) => !used.has(name));
  if (unused.length > 0) throw new ModuleTemplateError(`the template does not use the hole(s) ${unused.join(', ')}`);
  return root;
}

function copyNode<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copyNode) as T;
  if (value === null || typeof value !== 'object') return value;
  const copy = Object.create(Object.getPrototypeOf(value)) as Record<string, unknown>;
  // recast's hidden link to the parsed original keeps a templated node's layout (inline-object.ts).
  if (Object.hasOwn(value, 'original')) Object.defineProperty(copy, 'original', { value: (value as unknown as { original: unknown }).original, writable: true });
  for (const [key, inner] of Object.entries(value)) copy[key] = key === 'loc' ? inner : copyNode(inner);
  return copy as T;
}
