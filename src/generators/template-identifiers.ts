/**
 * Every name a set of module templates already uses (declarations, imports, globals, properties), read from their
 * trees. An identifier option must not be one of them: `factoryName=closeGracefully` would declare a function
 * twice, `factoryName=Array` would shadow the global the demo calls.
 */
import { templateSyntax as j } from './render-module.js';

const HOLE_PREFIX = '$hole$';

export function identifiersIn(texts: readonly string[]): ReadonlySet<string> {
  const names = new Set<string>();
  for (const text of texts) {
    j(text)
      .find(j.Identifier)
      .forEach((path) => {
        if (!path.node.name.startsWith(HOLE_PREFIX)) names.add(path.node.name);
      });
  }
  return names;
}
