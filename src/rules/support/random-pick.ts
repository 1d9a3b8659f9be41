/**
 * A random pick (HRANDFIELD, ZRANDMEMBER) has three forms with three replies, and GLIDE a method for each: one
 * item (or `null`), a count (items), and a count with the paired word (WITHVALUES, WITHSCORES), which GLIDE answers
 * as `[[item, paired]]`. ioredis takes the forms as `pick(k [, n [, WORD]])`; node-redis names them
 * (`...Count`, `...CountWith<Word>`, and UPPERCASE `..._COUNT`, `..._COUNT_<WORD>`). Where the paired reply is read
 * it is rebuilt in the source's shape; the other replies are the same in all three clients.
 */
import type { ClientCall, SourceLibrary } from '../../engine/analyse/types.js';
import type { ReplyConversion, RuleContext } from '../../engine/rewrite/rule.js';
import { argumentPaths, asGlideString } from './arguments.js';
import { asGlideNumber } from './as-glide-number.js';
import { cannotMap } from './cannot-map.js';
import { literalToken } from '../../ast/literal-token.js';
import { hasOnlyPositionalArguments, setArguments, setMethod } from '../commands/call-shape.js';

export type PickForm = 'one' | 'count' | 'paired';

export interface RandomPick {
  /** GLIDE's method for each form. */
  readonly glide: Readonly<Record<PickForm, string>>;
  /** The word ioredis passes after the count (`WITHVALUES`), in upper case. */
  readonly word: string;
  /** How node-redis' names of the paired form end (`CountWithValues`, `_COUNT_WITHVALUES`). */
  readonly pairedSuffixes: readonly string[];
  /** GLIDE's `[[item, paired]]` in each source's shape, and the source's type for the cast. */
  readonly paired: Readonly<Record<SourceLibrary, { readonly conversion: ReplyConversion; readonly typeScript: string }>>;
}

/** How many arguments each source passes for the form: ioredis adds the word. */
const ARGUMENTS: Readonly<Record<PickForm, Readonly<Record<SourceLibrary, number>>>> = {
  one: { ioredis: 1, 'node-redis': 1 },
  count: { ioredis: 2, 'node-redis': 2 },
  paired: { ioredis: 3, 'node-redis': 2 },
};
const TYPES: Readonly<Record<Exclude<PickForm, 'paired'>, string>> = { one: 'string | null', count: 'string[]' };

function formOf(call: ClientCall, pick: RandomPick): PickForm | undefined {
  const args = call.path.node.arguments;
  if (call.binding.library === 'node-redis') {
    if (pick.pairedSuffixes.some((suffix) => call.method.endsWith(suffix))) return 'paired';
    return call.method.endsWith('Count') || call.method.endsWith('_COUNT') ? 'count' : 'one';
  }
  if (args.length === 3) return literalToken(args[2]) === pick.word ? 'paired' : undefined;
  return args.length === 2 ? 'count' : 'one';
}

export function migrateRandomPick(call: ClientCall, context: RuleContext, pick: RandomPick): void {
  const form = formOf(call, pick);
  if (!form || !hasOnlyPositionalArguments(call) || call.path.node.arguments.length !== ARGUMENTS[form][call.binding.library]) {
    context.flag(call.path, cannotMap(call, form ? pick.glide[form] : pick.glide.one));
    return;
  }
  const [key, count] = argumentPaths(call.path);
  setMethod(call, context, pick.glide[form]);
  setArguments(call, [asGlideString(context.j, key, context.typeScript), ...(count ? [asGlideNumber(context.j, count, context.typeScript)] : [])]);
  const paired = form === 'paired' ? pick.paired[call.binding.library] : undefined;
  context.convertReply(call, paired?.conversion, { typeScript: paired?.typeScript ?? TYPES[form as Exclude<PickForm, 'paired'>] });
  const rebuilt = paired ? `, reply rebuilt in the ${call.binding.library} shape` : '';
  context.recordEdit(call.path.node, `${call.method}(...) → ${pick.glide[form]}(${count ? 'key, count' : 'key'})${rebuilt}`);
}
