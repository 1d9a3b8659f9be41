/**
 * TypeScript type annotations built from our own type text (`string | null`), never from user source: the
 * text is parsed as the annotation of a throwaway declaration and the type node is taken out of it.
 */
import jscodeshift from 'jscodeshift';
import type { TSTypeKind } from 'ast-types/lib/gen/kinds.js';

const typeScript = jscodeshift.withParser('ts');
const cache = new Map<string, TSTypeKind>();

export function typeNode(text: string): TSTypeKind {
  let node = cache.get(text);
  if (!node) {
    const declaration = typeScript(`let value: ${text};`).find(typeScript.VariableDeclarator).get().node;
    node = declaration.id.typeAnnotation.typeAnnotation as TSTypeKind;
    cache.set(text, node);
  }
  return freshCopy(node);
}

/** Each use gets its own copy without source positions: recast must not reuse the throwaway's text. */
function freshCopy<T>(node: T): T {
  const positional = new Set(['loc', 'start', 'end', 'tokens', 'range']);
  return JSON.parse(JSON.stringify(node, (key, value) => (positional.has(key) ? undefined : value))) as T;
}
