/**
 * Builds code from our own template text with AST nodes in the holes, through jscodeshift's template parser:
 * user expressions go in as nodes (never as text), and recast prints the result with the template's layout,
 * which keeps small objects such as `{ host, port }` on one line.
 *
 * A template's text is parsed once per parser: each use copies that tree and puts its nodes in the holes. The
 * copy keeps what recast reprints the layout from (each node's link to the parsed original and its location),
 * so it prints as a fresh parse would.
 */
import type { JSCodeshift } from 'jscodeshift';
import type { ExpressionKind } from 'ast-types/lib/gen/kinds.js';

/** A placeholder for hole `index` in the template text: a name no template of ours writes. */
const holeName = (index: number) => `$glide_codemod_hole_${index}$`;
const HOLE_NAME = /^\$glide_codemod_hole_(\d+)\$$/;

const parsedTemplates = new WeakMap<JSCodeshift, Map<string, ExpressionKind>>();

export class CodeTemplate {
  private readonly strings: string[] = [''];
  private readonly holes: ExpressionKind[] = [];

  text(piece: string): this {
    this.strings[this.strings.length - 1] += piece;
    return this;
  }

  node(value: ExpressionKind): this {
    this.holes.push(value);
    this.strings.push('');
    return this;
  }

  toExpression(j: JSCodeshift): ExpressionKind {
    return fillHoles(this.parsed(j), this.holes) as ExpressionKind;
  }

  private parsed(j: JSCodeshift): ExpressionKind {
    let templates = parsedTemplates.get(j);
    if (!templates) {
      templates = new Map();
      parsedTemplates.set(j, templates);
    }
    const source = this.strings.reduce((text, piece, index) => `${text}${holeName(index - 1)}${piece}`);
    let parsed = templates.get(source);
    if (!parsed) {
      parsed = j.template.expression([source]) as ExpressionKind;
      templates.set(source, parsed);
    }
    return parsed;
  }
}

/**
 * A copy of a parsed template tree with the holes' nodes in place of their placeholders. Locations and the links
 * to the parsed originals are shared (nothing changes them); every node, array and plain object is copied, so a
 * rule may change the result freely.
 */
function fillHoles(value: unknown, holes: readonly ExpressionKind[]): unknown {
  if (Array.isArray(value)) return value.map((element) => fillHoles(element, holes));
  if (Object.prototype.toString.call(value) !== '[object Object]') return value;
  const node = value as Record<string, unknown>;
  if (node.type === 'Identifier') {
    const hole = HOLE_NAME.exec(String(node.name));
    if (hole) return holes[Number(hole[1])];
  }
  // Same prototype (the parser's node class); recast's link to the original is a hidden property.
  const copy = Object.create(Object.getPrototypeOf(node)) as Record<string, unknown>;
  if (Object.hasOwn(node, 'original')) Object.defineProperty(copy, 'original', { value: node.original, writable: true });
  for (const key of Object.keys(node)) copy[key] = key === 'loc' ? node[key] : fillHoles(node[key], holes);
  return copy;
}
