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

/**
 * Commands whose typed method stands for only one form, by the number of words after the command: GLIDE's
 * updateConnectionPassword is AUTH with a password; AUTH with a username has no typed method (a client's username is
 * fixed when it is created), so the migration sends it through customCommand.
 */
const TYPED_FORM_ARGUMENTS: Readonly<Record<string, number>> = { AUTH: 1 };

/** The GLIDE method for a Redis command given `argumentCount` words after its name, from the catalogue. */
function typedMethodFor(command: string, argumentCount: number): string | undefined {
  const name = command.toUpperCase();
  const entry = COMMAND_CATALOGUE.find((candidate) => candidate.command === name);
  if (!entry || NOT_A_REPLACEMENT.has(entry.glide)) return undefined;
  const form = TYPED_FORM_ARGUMENTS[name];
  return form === undefined || form === argumentCount ? entry.glide : undefined;
}

export const customCommandHasTypedMethod = definePitfall({
  id: 'custom-command-has-typed-method',
  summary: 'customCommand sends a command GLIDE has a typed method for',
  find: (context) =>
    context.clientCalls('customCommand').flatMap((call) => {
      const [words] = call.getArguments();
      if (!Node.isArrayLiteralExpression(words)) return [];
      const [first, ...rest] = words.getElements();
      if (!Node.isStringLiteral(first) && !Node.isNoSubstitutionTemplateLiteral(first)) return [];
      const method = typedMethodFor(first.getLiteralValue(), rest.length);
      return method
        ? [context.at(call, `customCommand sends ${first.getLiteralValue().toUpperCase()}, which GLIDE has a typed method for: ${method}() checks its arguments and converts its reply`)]
        : [];
    }),
});
