/**
 * HRANDFIELD has three forms with three replies, and GLIDE a method for each: one field (`hrandfield(k)`, a field
 * or `null`), a count (`hrandfieldCount(k, n)`, fields), and a count WITHVALUES (`hrandfieldWithValues(k, n)`, which
 * answers `[[field, value]]`). ioredis takes the forms as `hrandfield(k [, n [, 'WITHVALUES']])` and answers the
 * last as the flat `[field, value, ...]`; node-redis has `hRandField`, `hRandFieldCount` and
 * `hRandFieldCountWithValues`, the last answering `[{ field, value }]`. Where the WITHVALUES reply is read it is
 * rebuilt in the source's shape; the others are the same in all three clients.
 */
import type { ClientCall, SourceLibrary } from '../../engine/analyse/types.js';
import { CodeTemplate } from '../../ast/code-template.js';
import { defineCallRule, type ReplyConversion, type RuleContext } from '../../engine/rewrite/rule.js';
import { commandNamesMigratedBy, entriesMigratedBy, entryForCall } from '../../knowledge/commands/catalogue.js';
import { argumentPaths, asGlideString } from '../support/arguments.js';
import { asGlideNumber } from '../support/as-glide-number.js';
import { cannotMap } from '../support/cannot-map.js';
import { literalToken } from '../support/literal-token.js';
import { hasOnlyPositionalArguments, setArguments, setMethod } from './call-shape.js';

const COMMANDS = entriesMigratedBy('hrandfield-count');

type Form = 'one' | 'count' | 'values';

/** GLIDE's method, the number of arguments each source passes for the form (ioredis adds WITHVALUES), the cast (WITHVALUES' comes with its conversion). */
const FORMS: Readonly<Record<Form, { readonly glide: string; readonly arguments: Readonly<Record<SourceLibrary, number>>; readonly typeScript?: string }>> = {
  one: { glide: 'hrandfield', arguments: { ioredis: 1, 'node-redis': 1 }, typeScript: 'string | null' },
  count: { glide: 'hrandfieldCount', arguments: { ioredis: 2, 'node-redis': 2 }, typeScript: 'string[]' },
  values: { glide: 'hrandfieldWithValues', arguments: { ioredis: 3, 'node-redis': 2 } },
};

/** GLIDE's `[[field, value]]` in the source's shape, and the source's type for the cast. */
const WITH_VALUES: Readonly<Record<SourceLibrary, { readonly conversion: ReplyConversion; readonly typeScript: string }>> = {
  ioredis: {
    typeScript: 'string[]',
    conversion: { singleUse: true, convert: (reply, { j }) => new CodeTemplate().node(reply).text('.flat()').toExpression(j) },
  },
  'node-redis': {
    typeScript: '{ field: string; value: string }[]',
    conversion: { singleUse: true, convert: (reply, { j }) => new CodeTemplate().node(reply).text('.map(([field, value]) => ({ field, value }))').toExpression(j) },
  },
};

/** The form a call asks for; node-redis names it, ioredis passes it (a count, then the WITHVALUES word). */
function formOf(call: ClientCall): Form | undefined {
  const args = call.path.node.arguments;
  if (call.binding.library === 'node-redis') {
    if (/(CountWithValues|_COUNT_WITHVALUES)$/.test(call.method)) return 'values';
    return /(Count|_COUNT)$/.test(call.method) ? 'count' : 'one';
  }
  if (args.length === 3) return literalToken(args[2]) === 'WITHVALUES' ? 'values' : undefined;
  return args.length === 2 ? 'count' : 'one';
}

function apply(call: ClientCall, context: RuleContext): void {
  const entry = entryForCall(COMMANDS, call.binding.library, call.method);
  if (!entry) return;
  const form = formOf(call);
  const spec = form && FORMS[form];
  if (!spec || !hasOnlyPositionalArguments(call) || call.path.node.arguments.length !== spec.arguments[call.binding.library]) {
    context.flag(call.path, cannotMap(call, spec?.glide ?? entry.glide));
    return;
  }
  const [key, count] = argumentPaths(call.path);
  setMethod(call, context, spec.glide);
  setArguments(call, [asGlideString(context.j, key, context.typeScript), ...(count ? [asGlideNumber(context.j, count, context.typeScript)] : [])]);
  const values = form === 'values' ? WITH_VALUES[call.binding.library] : undefined;
  context.convertReply(call, values?.conversion, { typeScript: values?.typeScript ?? spec.typeScript });
  const rebuilt = values ? `, reply rebuilt in the ${call.binding.library} shape` : '';
  context.recordEdit(call.path.node, `${call.method}(...) → ${spec.glide}(${count ? 'key, count' : 'key'})${rebuilt}`);
}

export const hrandfieldCount = defineCallRule({
  id: 'hrandfield-count',
  phase: 'commands',
  summary: 'HRANDFIELD with a count, and WITHVALUES, become GLIDE’s hrandfieldCount / hrandfieldWithValues; the WITHVALUES reply keeps the source’s shape',
  clients: ['ioredis', 'node-redis'],
  safety: 'exact',
  commands: commandNamesMigratedBy('hrandfield-count'),
  apply,
});
