/**
 * TypeScript type annotations built from our own type text (`string | null`), never from user source: the
 * text is parsed as the annotation of a throwaway declaration and the type node is taken out of it.
 */
import type { TSTypeKind } from 'ast-types/lib/gen/kinds.js';
import { jscodeshiftFor } from '../parse.js';

/** Per type text, the type node as JSON without source positions: recast must not reuse the throwaway's text. */
const positionFree = new Map<string, string>();
const POSITIONAL = new Set(['loc', 'start', 'end', 'tokens', 'range']);

export function typeNode(text: string): TSTypeKind {
  let json = positionFree.get(text);
  if (json === undefined) {
    const typeScript = jscodeshiftFor('ts');
    const declaration = typeScript(`let value: ${text};`).find(typeScript.VariableDeclarator).get().node;
    const node = declaration.id.typeAnnotation.typeAnnotation as TSTypeKind;
    json = JSON.stringify(node, (key, value) => (POSITIONAL.has(key) ? undefined : value));
    positionFree.set(text, json);
  }
  // Each use gets a copy of its own.
  return JSON.parse(json) as TSTypeKind;
}
