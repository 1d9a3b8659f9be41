/**
 * Code written from our templates' text (the GLIDE configuration object, the URL helper) takes the file's
 * indentation unit. recast reprints a template's nodes from the template's own lines, whose indentation is
 * written in 2-space steps, and only adds the indentation of the place it goes to: in a tab-indented or
 * 4-space file the inner lines came out with 2-space steps. Here each template's lines are given in their place
 * a copy whose indentation is counted in the file's unit (one 2-space step becomes one tab, or four columns),
 * and every location in that text is moved with its line. recast renders indentation with the file's `useTabs`
 * and `tabWidth`, so a re-indented line prints with tabs in a tab file.
 *
 * The template trees are parsed once and shared by every file: nothing here changes them. Each node of the
 * migrated tree that points into a template's text gets a location in the copy, and its link to the parsed
 * original (which recast compares it with and reprints from) is given a copy of that original located likewise.
 */
import { forEachChangedNode, type AstObject } from './changed-nodes.js';

interface Position {
  line: number;
  column: number;
  [more: string]: unknown;
}

interface LineInfo {
  readonly line: string;
  readonly indent: number;
  readonly locked: boolean;
  readonly sliceStart: number;
  readonly sliceEnd: number;
}

interface Lines {
  readonly infos: readonly LineInfo[];
}

interface Location {
  lines?: Lines;
  start: Position;
  end: Position;
  indent?: number;
  tokens?: readonly { loc?: Location }[];
  [more: string]: unknown;
}

/** How the columns of one template's text move, and its lines as re-indented. */
interface Restyled {
  readonly lines: Lines;
  readonly locations: Map<Location, Location>;
  readonly tokens: Map<unknown, { loc?: Location }[]>;
  readonly originals: Map<object, object>;
  readonly column: (line: number, column: number) => number;
  readonly scale: (width: number) => number;
}

const TEMPLATE_STEP = 2;

/** Call before unchanged subtrees are put back (see template-quotes.ts); `tabWidth` is the file's unit in columns. */
export function indentTemplateText(root: object, tabWidth: number, useTabs: boolean): void {
  if (tabWidth === TEMPLATE_STEP && !useTabs) return;
  const fileLines = (root as { loc?: Location }).loc?.lines;
  const scale = (width: number) => Math.round((width * tabWidth) / TEMPLATE_STEP);
  const restyled = new Map<Lines, Restyled>();
  const restyle = (lines: Lines): Restyled => {
    let known = restyled.get(lines);
    if (!known) {
      // The indentation is written out in the file's own whitespace as well as counted: recast copies a line's
      // leading whitespace as written wherever its count is still right.
      const infos = lines.infos.map((info) => {
        const indent = scale(info.indent);
        const tabs = useTabs ? Math.floor(indent / tabWidth) : 0;
        const leading = `${'\t'.repeat(tabs)}${' '.repeat(indent - tabs * tabWidth)}`;
        const content = info.line.slice(info.sliceStart, info.sliceEnd);
        return { ...info, line: `${leading}${content}`, indent, sliceStart: leading.length, sliceEnd: leading.length + content.length };
      });
      const Constructor = (lines as object).constructor as new (infos: LineInfo[]) => Lines;
      known = {
        lines: new Constructor(infos),
        locations: new Map(),
        tokens: new Map(),
        originals: new Map(),
        scale,
        column: (line, column) => {
          const indent = lines.infos[line - 1]?.indent ?? 0;
          return column >= indent ? column + scale(indent) - indent : scale(column);
        },
      };
      restyled.set(lines, known);
    }
    return known;
  };
  const isTemplateText = (loc: unknown): loc is Location => {
    const lines = (loc as Location | null | undefined)?.lines;
    return lines !== undefined && lines !== fileLines && Array.isArray(lines.infos);
  };
  forEachChangedNode(root, (node) => {
    if (isTemplateText(node.loc)) node.loc = relocate(node.loc, restyle(node.loc.lines as Lines));
    const original = node.original as AstObject | undefined;
    if (original && original !== node && isTemplateText(original.loc)) {
      // A writable, hidden property (recast's and code-template.ts's links alike).
      node.original = relocatedOriginal(original, restyle(original.loc.lines as Lines));
    }
  }, { everyNode: true });
}

function relocate(loc: Location, restyled: Restyled): Location {
  let moved = restyled.locations.get(loc);
  if (!moved) {
    const at = (position: Position): Position => ({ ...position, column: restyled.column(position.line, position.column) });
    moved = { ...loc, lines: restyled.lines, start: at(loc.start), end: at(loc.end) };
    if (typeof loc.indent === 'number') moved.indent = restyled.scale(loc.indent);
    if (Array.isArray(loc.tokens)) {
      let tokens = restyled.tokens.get(loc.tokens);
      if (!tokens) {
        tokens = loc.tokens.map((token) => (token.loc ? { ...token, loc: { ...token.loc, start: at(token.loc.start), end: at(token.loc.end) } } : token));
        restyled.tokens.set(loc.tokens, tokens);
      }
      moved.tokens = tokens;
    }
    restyled.locations.set(loc, moved);
  }
  return moved;
}

/** A copy of a parsed template node and everything below it, located in the re-indented text. */
function relocatedOriginal(original: AstObject, restyled: Restyled): AstObject {
  const copyOf = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(copyOf);
    if (typeof value !== 'object' || value === null || typeof (value as AstObject).type !== 'string') return value;
    const node = value as AstObject;
    const known = restyled.originals.get(node);
    if (known) return known;
    const copy = Object.create(Object.getPrototypeOf(node)) as AstObject;
    restyled.originals.set(node, copy);
    for (const key of Object.keys(node)) {
      const field = node[key];
      copy[key] = key === 'loc' && field ? relocate(field as Location, restyled) : copyOf(field);
    }
    return copy;
  };
  return copyOf(original) as AstObject;
}
