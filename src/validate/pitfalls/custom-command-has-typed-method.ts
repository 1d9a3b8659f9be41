/**
 * `customCommand(['GET', key])` where GLIDE has a typed method for the command: the typed method checks its
 * arguments, converts its reply (booleans, numbers, records) and routes it in a cluster; customCommand sends the
 * words as they are and answers the server's raw reply.
 */
import { Node } from 'ts-morph';
import { COMMAND_CATALOGUE } from '../../knowledge/commands/catalogue.js';
import { definePitfall } from '../pitfall.js';

/**
 * GLIDE methods that are not a replacement for the raw command: `invokeScript` runs a Script object, and EVAL of
 * code made at the call would need a Script per call, which GLIDE keeps until it is released.
 */
const NOT_A_REPLACEMENT = new Set(['customCommand', 'invokeScript']);

/** The GLIDE method for a Redis command, from the catalogue. */
function typedMethodFor(command: string): string | undefined {
  const entry = COMMAND_CATALOGUE.find((candidate) => candidate.command === command.toUpperCase());
  return entry && !NOT_A_REPLACEMENT.has(entry.glide) ? entry.glide : undefined;
}

export const customCommandHasTypedMethod = definePitfall({
  id: 'custom-command-has-typed-method',
  summary: 'customCommand sends a command GLIDE has a typed method for',
  find: (context) =>
    context.clientCalls('customCommand').flatMap((call) => {
      const [words] = call.getArguments();
      if (!Node.isArrayLiteralExpression(words)) return [];
      const [first] = words.getElements();
      if (!Node.isStringLiteral(first) && !Node.isNoSubstitutionTemplateLiteral(first)) return [];
      const method = typedMethodFor(first.getLiteralValue());
      return method
        ? [context.at(call, `customCommand sends ${first.getLiteralValue().toUpperCase()}, which GLIDE has a typed method for: ${method}() checks its arguments and converts its reply`)]
        : [];
    }),
});
