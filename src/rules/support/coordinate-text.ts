/**
 * ioredis answers GEOPOS' and WITHCOORD's coordinates as the server's text, which the server writes with 17
 * decimals and its trailing zeros (and then a trailing '.') removed (`"13.36138933897018433"`, `"180"`). GLIDE
 * parses that text to a number; the number is the same double, so `toFixed(17)` without the trailing zeros writes
 * the server's text again (checked against valkey-server for 5,000 points over the whole range and near 0, by
 * GEOPOS and by GEOSEARCH WITHCOORD; a stored point is the centre of its geohash cell, never exactly 0, so no
 * `-0` arises). A migrated module that reads such a reply gets one function for it, declared once, last in the
 * module: a function declaration is hoisted, so every use above it can call it.
 */
import type { ASTPath } from 'jscodeshift';
import type { ParsedFile } from '../../ast/parsed-file.js';
import type { RuleContext } from '../../engine/rewrite/rule.js';
import { nodeOf } from '../../ast/node.js';

const STEM = 'coordinateText';

/** Per parsed file: the name of the function declared in it. A file parsed again starts afresh. */
const declared = new WeakMap<ParsedFile, string>();

function declarationText(name: string, typeScript: boolean): string {
  const [parameter, returns] = typeScript ? ['coordinate: number', ': string'] : ['coordinate', ''];
  return [
    `/** A coordinate as the server writes it (and ioredis answered it): 17 decimals without their trailing zeros. */`,
    `function ${name}(${parameter})${returns} {`,
    `  const text = coordinate.toFixed(17);`,
    `  let end = text.length;`,
    `  while (text[end - 1] === '0') end -= 1;`,
    `  return text.slice(0, text[end - 1] === '.' ? end - 1 : end);`,
    `}`,
  ].join('\n');
}

function freeName(context: RuleContext): string {
  const taken = new Set<string>();
  context.file.root.find(context.j.Identifier).forEach((path) => taken.add(path.node.name));
  let name = STEM;
  for (let index = 2; taken.has(name); index += 1) name = `${STEM}${index}`;
  return name;
}

/** The name of the module's coordinate-text function, declaring it at the end of the module on first use. */
export function coordinateTextFunction(context: RuleContext): string {
  const known = declared.get(context.file);
  if (known) return known;
  const name = freeName(context);
  const declaration = nodeOf(context.j(declarationText(name, context.typeScript)).get('program')).body as unknown[];
  const program = context.file.root.get('program') as ASTPath;
  // Through the body's path, so that the paths other rules hold to statements stay right.
  (program.get('body') as ASTPath).push(declaration[0]);
  declared.set(context.file, name);
  return name;
}
