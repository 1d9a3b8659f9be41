/**
 * BITFIELD and BITFIELD_RO subcommands become GLIDE's objects. ioredis takes the server's words
 * (`bitfield(k, 'SET', 'u8', 0, 255, 'GET', 'u4', '#1', 'OVERFLOW', 'SAT', 'INCRBY', 'i5', 100, 1)`), node-redis
 * an array of `{ operation, encoding, offset, value | increment | behavior }` objects (`bitFieldRo`: of
 * `{ encoding, offset }`); GLIDE `bitfield(k, [new BitFieldSet(new UnsignedEncoding(8), new BitOffset(0), 255),
 * ...])` and `bitfieldReadOnly(k, [new BitFieldGet(...)])`. The reply, one number per GET / SET / INCRBY (null
 * where OVERFLOW FAIL stopped an update), is the same in all three clients. Encodings, offsets, operations and
 * overflow words not written as literals, and subcommands not written out, are flagged.
 */
import type { ASTPath } from 'jscodeshift';
import type { ClientCall } from '../../engine/analyse/types.js';
import { defineCallRule, type RuleContext } from '../../engine/rewrite/rule.js';
import { commandNamesMigratedBy, entriesMigratedBy, entryForCall } from '../../knowledge/commands/catalogue.js';
import { nodeOf } from '../../ast/node.js';
import { argumentPaths, asGlideString } from '../support/arguments.js';
import { bitFieldSubcommandToGlide, OVERFLOW_CONTROLS, readBitFieldValue, type BitFieldSubcommand } from '../support/bitfield-subcommand.js';
import { readBitFieldEncoding, readBitFieldOffset } from '../support/bitfield-words.js';
import { cannotMap } from '../support/cannot-map.js';
import { literalToken } from '../../ast/literal-token.js';
import { literalValue } from '../../ast/literal-value.js';
import { objectLiteralEntries } from '../support/object-literal-entries.js';
import { hasOnlyPositionalArguments, setArguments, setMethod } from './call-shape.js';

const COMMANDS = entriesMigratedBy('bitfield-subcommands');

/** GET / SET / INCRBY with an encoding and an offset, and the value where the operation takes one. */
function operationOf(operation: 'GET' | 'SET' | 'INCRBY', encodingNode: unknown, offsetNode: unknown, valuePath: ASTPath | undefined, context: RuleContext): BitFieldSubcommand | undefined {
  const encoding = readBitFieldEncoding(encodingNode);
  const offset = readBitFieldOffset(offsetNode);
  if (!encoding || !offset) return undefined;
  if (operation === 'GET') return { operation, encoding, offset };
  const value = valuePath && readBitFieldValue(context.j, valuePath, context.typeScript);
  return value ? { operation, encoding, offset, value } : undefined;
}

/** ioredis: the server's words, in order; `readOnly` admits GET only. */
function readIoredis(paths: readonly ASTPath[], readOnly: boolean, context: RuleContext): BitFieldSubcommand[] | undefined {
  const subcommands: BitFieldSubcommand[] = [];
  for (let index = 0; index < paths.length; ) {
    const word = literalToken(paths[index].node);
    if (!word || (readOnly && word !== 'GET')) return undefined;
    if (word === 'OVERFLOW') {
      const control = paths[index + 1] && literalToken(paths[index + 1].node);
      if (!control || !OVERFLOW_CONTROLS.has(control)) return undefined;
      subcommands.push({ operation: 'OVERFLOW', control: control as 'WRAP' | 'SAT' | 'FAIL' });
      index += 2;
    } else if (word === 'GET' || word === 'SET' || word === 'INCRBY') {
      const [encoding, offset, value] = [paths[index + 1], paths[index + 2], paths[index + 3]];
      if (!encoding || !offset) return undefined;
      const subcommand = operationOf(word, encoding.node, offset.node, word === 'GET' ? undefined : value, context);
      if (!subcommand) return undefined;
      subcommands.push(subcommand);
      index += word === 'GET' ? 3 : 4;
    } else {
      return undefined;
    }
  }
  return subcommands;
}

/** node-redis: one object, its properties written out; `readOnly` objects have no operation (GET). */
function readNodeRedisObject(path: ASTPath, readOnly: boolean, context: RuleContext): BitFieldSubcommand | undefined {
  const entries = objectLiteralEntries(path);
  if (!entries) return undefined;
  const operationPath = entries.get('operation');
  // node-redis compares the operation with its upper-case words, and sends nothing for another spelling.
  const operation = readOnly ? (operationPath ? undefined : 'GET') : operationPath && literalValue(operationPath.node);
  const expected = { GET: ['operation', 'encoding', 'offset'], SET: ['operation', 'encoding', 'offset', 'value'], INCRBY: ['operation', 'encoding', 'offset', 'increment'], OVERFLOW: ['operation', 'behavior'] };
  if (operation !== 'GET' && operation !== 'SET' && operation !== 'INCRBY' && operation !== 'OVERFLOW') return undefined;
  const names = readOnly ? ['encoding', 'offset'] : expected[operation];
  if (entries.size !== names.length || names.some((name) => !entries.has(name))) return undefined;
  if (operation === 'OVERFLOW') {
    const control = literalToken((entries.get('behavior') as ASTPath).node);
    return control && OVERFLOW_CONTROLS.has(control) ? { operation, control: control as 'WRAP' | 'SAT' | 'FAIL' } : undefined;
  }
  const valuePath = entries.get(operation === 'SET' ? 'value' : 'increment');
  return operationOf(operation, (entries.get('encoding') as ASTPath).node, (entries.get('offset') as ASTPath).node, valuePath, context);
}

function readNodeRedis(paths: readonly ASTPath[], readOnly: boolean, context: RuleContext): BitFieldSubcommand[] | undefined {
  const [operations, ...more] = paths;
  if (!operations || more.length > 0 || nodeOf(operations).type !== 'ArrayExpression') return undefined;
  const elements = (nodeOf(operations).elements as unknown[]).map((_, index) => operations.get('elements', index) as ASTPath);
  const subcommands = elements.map((element) => (element.node ? readNodeRedisObject(element, readOnly, context) : undefined));
  return subcommands.every((subcommand) => subcommand !== undefined) ? (subcommands as BitFieldSubcommand[]) : undefined;
}

function apply(call: ClientCall, context: RuleContext): void {
  const entry = entryForCall(COMMANDS, call.binding.library, call.method);
  if (!entry) return;
  const readOnly = entry.command === 'BITFIELD_RO';
  const [key, ...rest] = argumentPaths(call.path);
  const subcommands = key && hasOnlyPositionalArguments(call) ? (call.binding.library === 'ioredis' ? readIoredis(rest, readOnly, context) : readNodeRedis(rest, readOnly, context)) : undefined;
  if (!subcommands) {
    context.flag(call.path, cannotMap(call, entry.glide, 'subcommands'));
    return;
  }
  setMethod(call, context, entry.glide);
  const glideSubcommands = context.j.arrayExpression(subcommands.map((subcommand) => bitFieldSubcommandToGlide(context, subcommand)));
  setArguments(call, [asGlideString(context.j, key, context.typeScript), glideSubcommands]);
  context.recordEdit(call.path.node, `${call.method}(key, ...) → ${entry.glide}(key, [BitField subcommands])`);
}

export const bitfieldSubcommands = defineCallRule({
  id: 'bitfield-subcommands',
  phase: 'commands',
  summary: 'BITFIELD / BITFIELD_RO subcommands become GLIDE’s BitFieldGet, BitFieldSet, BitFieldIncrBy and BitFieldOverflow objects',
  clients: ['ioredis', 'node-redis'],
  safety: 'exact',
  commands: commandNamesMigratedBy('bitfield-subcommands'),
  apply,
});
