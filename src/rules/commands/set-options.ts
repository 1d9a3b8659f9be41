/**
 * SET's options become GLIDE's `SetOptions` object. ioredis passes the server's tokens as further arguments, in
 * any order and either case (`set(k, v, 'EX', 10, 'NX', 'GET')`); node-redis takes `{ EX: 10, NX: true, GET:
 * true }` or v6's `{ expiration: { type: 'EX', value: 10 }, condition: 'NX' }`. GLIDE takes
 * `{ expiry: { type: TimeUnit.Seconds, count: 10 }, conditionalSet: 'onlyIfDoesNotExist', returnOldValue: true }`
 * (KEEPTTL is `expiry: 'keepExisting'`) and sends the tokens itself. The replies ("OK", null, the old value)
 * are the same; GLIDE types them as `"OK" | GlideString | null`, so TypeScript gets the source's type back.
 * ioredis' `setBuffer` is the same call with `decoder: Decoder.Bytes`: GLIDE then answers an old value (GET) as a
 * Buffer, as ioredis did, but still answers `"OK"` as a string, where ioredis answered a Buffer: that one is
 * rebuilt with `Buffer.from('OK')`.
 * Tokens or option values known only at run time, and options GLIDE has no field for, are flagged.
 */
import type { ASTPath } from 'jscodeshift';
import type { ClientCall } from '../../engine/analyse/types.js';
import { defineCallRule, type ReplyConversion, type RuleContext } from '../../engine/rewrite/rule.js';
import { CodeTemplate } from '../../ast/code-template.js';
import { commandNamesMigratedBy } from '../../knowledge/commands/catalogue.js';
import { glideEnumMember } from '../support/glide-enum.js';
import { argumentPaths, asGlideString } from '../support/arguments.js';
import { glideExpiry, isExpiryToken, type ExpiryToken } from '../support/glide-expiry.js';
import { glideSetOptions, type GlideSetOptions } from '../../glide/set-options.js';
import { literalValue } from '../../ast/literal-value.js';
import { objectLiteralEntries } from '../support/object-literal-entries.js';
import { hasOnlyPositionalArguments, setArguments, setMethod } from './call-shape.js';

interface SourceSetOptions {
  expiry?: { readonly token: ExpiryToken; readonly amount: ASTPath } | 'KEEPTTL';
  condition?: 'NX' | 'XX';
  get?: boolean;
}

/** The options read, or what keeps them from being read (for the TODO). */
type Reading = SourceSetOptions | string;

/** The options that are a token in ioredis and a boolean in node-redis. */
const FLAGS = new Map<string, SourceSetOptions>([
  ['KEEPTTL', { expiry: 'KEEPTTL' }],
  ['NX', { condition: 'NX' }],
  ['XX', { condition: 'XX' }],
  ['GET', { get: true }],
]);

/** Adds one option; false for a second expiry or condition, which the source would pick silently or reject. */
function add(options: SourceSetOptions, option: SourceSetOptions): boolean {
  if ((option.expiry && options.expiry) || (option.condition && options.condition)) return false;
  Object.assign(options, option);
  return true;
}

/** ioredis: `'EX', 10, 'NX', 'GET'` in any order and case, as the server reads them. */
function readTokens(paths: readonly ASTPath[]): Reading {
  const options: SourceSetOptions = {};
  for (let index = 0; index < paths.length; index += 1) {
    const token = literalValue(paths[index].node);
    if (typeof token !== 'string') return 'an argument that is not a literal token';
    const name = token.toUpperCase();
    if (isExpiryToken(name) && index + 1 === paths.length) return `the token '${token}' without an amount`;
    const option = isExpiryToken(name) ? { expiry: { token: name, amount: paths[++index] } } : FLAGS.get(name);
    if (!option) return `the token '${token}'`;
    if (!add(options, option)) return 'conflicting tokens';
  }
  return options;
}

/** node-redis: `{ EX, PX, EXAT, PXAT, KEEPTTL, NX, XX, GET }`, and v6's `expiration` and `condition`. */
function readOptionObject(path: ASTPath): Reading {
  const entries = objectLiteralEntries(path);
  if (!entries) return 'an options object that is not a literal';
  const options: SourceSetOptions = {};
  for (const [name, value] of entries) {
    const literal = literalValue(value.node);
    let option: SourceSetOptions | string = `the option ${name}: ${literal === undefined ? 'a value known only at run time' : String(literal)}`;
    if (isExpiryToken(name)) option = { expiry: { token: name, amount: value } };
    else if (name === 'expiration') option = readExpiration(value);
    else if (name === 'condition' && (literal === 'NX' || literal === 'XX')) option = { condition: literal };
    else if (FLAGS.has(name) && typeof literal === 'boolean') option = (literal && FLAGS.get(name)) || {};
    if (typeof option === 'string') return option;
    if (!add(options, option)) return 'conflicting options';
  }
  return options;
}

/** `expiration: 'KEEPTTL'`, `{ type: 'KEEPTTL' }` or `{ type: 'EX', value: 10 }`. */
function readExpiration(path: ASTPath): SourceSetOptions | string {
  const entries = objectLiteralEntries(path);
  const type = literalValue(entries ? entries.get('type')?.node : path.node);
  const amount = entries?.get('value');
  if (type === 'KEEPTTL') return { expiry: 'KEEPTTL' };
  if (typeof type === 'string' && isExpiryToken(type) && amount) return { expiry: { token: type, amount } };
  return 'an expiration that is not a literal';
}

function readOptions(call: ClientCall, paths: readonly ASTPath[]): Reading {
  if (call.binding.library === 'ioredis') return readTokens(paths);
  return paths.length === 0 ? {} : paths.length === 1 ? readOptionObject(paths[0]) : 'more than three arguments';
}

/** What the source typings promise, for the TypeScript cast. */
function replyType(call: ClientCall, options: SourceSetOptions): string {
  if (call.binding.library === 'node-redis' || options.get) return 'string | null';
  return options.condition ? "'OK' | null" : "'OK'";
}

function toGlide({ expiry, condition, get }: SourceSetOptions, context: RuleContext): GlideSetOptions {
  return {
    expiry: expiry === 'KEEPTTL' ? 'keepExisting' : expiry && glideExpiry(context, expiry.token, expiry.amount, 'count'),
    conditionalSet: condition && (condition === 'NX' ? 'onlyIfDoesNotExist' : 'onlyIfExists'),
    returnOldValue: get,
  };
}

/** ioredis' setBuffer answered `"OK"` as a Buffer; GLIDE with the Bytes decoder answers it as a string. */
const OK_AS_BUFFER: ReplyConversion = {
  singleUse: false,
  convert: (reply, { j }) => new CodeTemplate().node(reply).text(" === 'OK' ? Buffer.from('OK') : ").node(reply).toExpression(j),
};

function apply(call: ClientCall, context: RuleContext): void {
  const { j, typeScript } = context;
  const [key, value, ...rest] = argumentPaths(call.path);
  const options = value && hasOnlyPositionalArguments(call) ? readOptions(call, rest) : 'spread or missing arguments';
  if (typeof options === 'string') {
    context.flag(call.path, `${call.method}() is called with ${options}, which the codemod cannot map to GLIDE's SetOptions; migrate it by hand`);
    return;
  }
  const buffer = call.method === 'setBuffer';
  const decoder = buffer ? glideEnumMember(context, 'Decoder', 'Bytes') : undefined;
  const glideOptions = options.expiry || options.condition || options.get || decoder ? glideSetOptions(j, { ...toGlide(options, context), decoder }) : undefined;
  const before = call.path.node.arguments;
  if (buffer) setMethod(call, context, 'set');
  setArguments(call, [asGlideString(j, key, typeScript), asGlideString(j, value, typeScript), ...(glideOptions ? [glideOptions] : [])]);
  const changed = buffer || call.path.node.arguments.some((argument, index) => argument !== before[index]);
  const cast = buffer
    ? context.convertReply(call, OK_AS_BUFFER, { typeScript: options.condition || options.get ? 'Buffer | null' : 'Buffer' })
    : context.convertReply(call, undefined, { typeScript: replyType(call, options) });
  if (changed || cast) context.recordEdit(call.path.node, glideOptions ? 'set() options → GLIDE SetOptions' : 'set() reply cast');
}

export const setOptions = defineCallRule({
  id: 'set-options',
  phase: 'commands',
  summary: 'SET tokens (ioredis) and option objects (node-redis) become GLIDE’s SetOptions object',
  clients: ['ioredis', 'node-redis'],
  safety: 'exact',
  commands: commandNamesMigratedBy('set-options'),
  apply,
});
