/**
 * SET's options become GLIDE's `SetOptions` object. ioredis passes the server's tokens as further arguments, in
 * any order and either case (`set(k, v, 'EX', 10, 'NX', 'GET')`); node-redis takes `{ EX: 10, NX: true, GET:
 * true }` or v6's `{ expiration: { type: 'EX', value: 10 }, condition: 'NX' }`. GLIDE takes
 * `{ expiry: { type: TimeUnit.Seconds, count: 10 }, conditionalSet: 'onlyIfDoesNotExist', returnOldValue: true }`
 * (KEEPTTL is `expiry: 'keepExisting'`) and sends the tokens itself. The replies ("OK", null, the old value)
 * are the same; GLIDE types them as `"OK" | GlideString | null`, so TypeScript gets the source's type back.
 * Tokens or option values known only at run time, and options GLIDE has no field for, are flagged.
 */
import type { ASTPath } from 'jscodeshift';
import type { ClientCall } from '../../engine/analyse/types.js';
import { defineCallRule, type RuleContext } from '../rule.js';
import { argumentPaths, asGlideString } from '../support/arguments.js';
import { glideExpiry, isExpiryToken, type ExpiryToken } from '../support/glide-expiry.js';
import { glideSetOptions } from '../support/glide-set-options.js';
import { literalValue } from '../support/literal-value.js';
import { objectLiteralEntries } from '../support/object-literal-entries.js';
import { convertReply } from '../support/reply.js';
import { hasOnlyPositionalArguments, setArguments } from './call-shape.js';

interface SourceSetOptions {
  expiry?: { readonly token: ExpiryToken; readonly amount: ASTPath } | 'KEEPTTL';
  condition?: 'NX' | 'XX';
  get?: boolean;
}

/** The options read, or what keeps them from being read. */
type Reading = SourceSetOptions | string;

/** Adds one option; a second expiry or condition is reported, as the source would pick one silently or fail. */
function add(options: SourceSetOptions, option: SourceSetOptions): Reading {
  if ((option.expiry && options.expiry) || (option.condition && options.condition)) return 'conflicting options';
  return Object.assign(options, option);
}

/** ioredis: `'EX', 10, 'NX', 'GET'`, as the server reads them. */
function readTokens(paths: readonly ASTPath[]): Reading {
  let options: Reading = {};
  for (let index = 0; index < paths.length && typeof options !== 'string'; index += 1) {
    const token = literalValue(paths[index].node);
    const name = typeof token === 'string' ? token.toUpperCase() : '';
    if (isExpiryToken(name) && paths[index + 1]) options = add(options, { expiry: { token: name, amount: paths[(index += 1)] } });
    else if (name === 'KEEPTTL') options = add(options, { expiry: 'KEEPTTL' });
    else if (name === 'NX' || name === 'XX') options = add(options, { condition: name });
    else if (name === 'GET') options = add(options, { get: true });
    else options = typeof token === 'string' ? `the token '${token}'` : 'a token that is not a string literal';
  }
  return options;
}

/** node-redis: `{ EX, PX, EXAT, PXAT, KEEPTTL, NX, XX, GET }` and v6's `expiration` and `condition`. */
function readOptionObject(path: ASTPath): Reading {
  const entries = objectLiteralEntries(path);
  if (!entries) return 'an options object that is not a literal';
  let options: Reading = {};
  for (const [name, value] of entries) {
    if (typeof options === 'string') break;
    const literal = literalValue(value.node);
    if (isExpiryToken(name)) options = add(options, { expiry: { token: name, amount: value } });
    else if (name === 'expiration') options = readExpiration(options, value);
    else if (name === 'condition' && (literal === 'NX' || literal === 'XX')) options = add(options, { condition: literal });
    else if (typeof literal !== 'boolean') options = `the option ${name}`;
    else if (!literal) continue;
    else if (name === 'KEEPTTL') options = add(options, { expiry: 'KEEPTTL' });
    else if (name === 'NX' || name === 'XX') options = add(options, { condition: name });
    else if (name === 'GET') options = add(options, { get: true });
    else options = `the option ${name}`;
  }
  return options;
}

/** `expiration: 'KEEPTTL'`, `{ type: 'KEEPTTL' }` or `{ type: 'EX', value: 10 }`. */
function readExpiration(options: SourceSetOptions, path: ASTPath): Reading {
  const entries = objectLiteralEntries(path);
  const type = literalValue(entries ? entries.get('type')?.node : path.node);
  if (type === 'KEEPTTL') return add(options, { expiry: 'KEEPTTL' });
  const amount = entries?.get('value');
  if (typeof type === 'string' && isExpiryToken(type) && amount) return add(options, { expiry: { token: type, amount } });
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

function apply(call: ClientCall, context: RuleContext): void {
  const { j, typeScript } = context;
  const [key, value, ...rest] = argumentPaths(call.path);
  const options = value && hasOnlyPositionalArguments(call) ? readOptions(call, rest) : 'spread or missing arguments';
  if (typeof options === 'string') {
    context.flag(call.path, `set() is called with ${options}, which the codemod cannot map to GLIDE's SetOptions; migrate it by hand`);
    return;
  }
  const expiry = options.expiry && options.expiry !== 'KEEPTTL' ? glideExpiry(context, options.expiry.token, options.expiry.amount, 'count') : undefined;
  const glideOptions = glideSetOptions(context, {
    expiry: options.expiry === 'KEEPTTL' ? 'keepExisting' : expiry,
    conditionalSet: options.condition && (options.condition === 'NX' ? 'onlyIfDoesNotExist' : 'onlyIfExists'),
    returnOldValue: options.get,
  });
  const before = call.path.node.arguments;
  setArguments(call, [asGlideString(j, key, typeScript), asGlideString(j, value, typeScript), ...(glideOptions ? [glideOptions] : [])]);
  const changed = call.path.node.arguments.some((argument, index) => argument !== before[index]);
  const cast = convertReply(call, context, undefined, { typeScript: replyType(call, options) });
  if (changed || cast) context.recordEdit(call.path.node, glideOptions ? 'set() options → GLIDE SetOptions' : 'set() reply cast');
}

export const setOptions = defineCallRule({
  id: 'set-options',
  summary: 'SET tokens (ioredis) and option objects (node-redis) become GLIDE’s SetOptions object',
  clients: ['ioredis', 'node-redis'],
  safety: 'exact',
  commands: { ioredis: ['set'], 'node-redis': ['set'] },
  apply,
});
