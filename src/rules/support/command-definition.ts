/**
 * Reads ioredis' `defineCommand(name, { numberOfKeys, lua })` (or an entry of its `scripts` option): the script's
 * code, as a literal or a module-level constant, or any expression where the defineCommand is a module-level
 * statement of its own (it runs once), and its key count: a whole number written in the options, or none, in
 * which case ioredis takes the count from each call's first argument (`dyn(1, 'k', 'a')`). Anything else is a
 * reason the definition is refused.
 */
import type { ASTPath, CallExpression } from 'jscodeshift';
import { argumentPaths } from './arguments.js';
import { objectLiteralEntries } from './object-literal-entries.js';
import { findDefinedOnceCode, findScriptCode, type ScriptCode } from './script-code.js';
import { literalKeyCount } from './script-arguments.js';

export interface CommandDefinition {
  readonly code: ScriptCode;
  /** Undefined: each call gives the count as its first argument. */
  readonly keyCount: number | undefined;
}

const KNOWN_OPTIONS = new Set(['lua', 'numberOfKeys', 'readOnly']);

/** `definition`: the `defineCommand(name, options)` call, or the options object of the client's `scripts` option. */
export function readCommandDefinition(definition: ASTPath): CommandDefinition | string {
  const isCall = definition.node.type === 'CallExpression';
  const [, optionsPath, ...rest] = isCall ? argumentPaths(definition as ASTPath<CallExpression>) : [undefined, definition];
  const entries = optionsPath && objectLiteralEntries(optionsPath);
  if (!entries || rest.length > 0) return 'its options are not an object literal';
  const unknown = [...entries.keys()].filter((name) => !KNOWN_OPTIONS.has(name));
  if (unknown.length > 0) return `its option ${unknown.map((name) => `'${name}'`).join(', ')} is not known`;
  const code = isCall ? findDefinedOnceCode(entries.get('lua'), definition) : findScriptCode(entries.get('lua'));
  if (!code) return 'its Lua code is not a literal or a module-level constant, and the definition is not a statement of the module itself, so a Script cannot be created once for it';
  const countPath = entries.get('numberOfKeys');
  const keyCount = countPath ? literalKeyCount(countPath) : undefined;
  if (countPath && keyCount === undefined) return 'its numberOfKeys is only known at run time';
  return { code, keyCount };
}
