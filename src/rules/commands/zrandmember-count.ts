/**
 * ZRANDMEMBER has three forms with three replies, and GLIDE a method for each: one member (`zrandmember(k)`, a
 * member or `null`), a count (`zrandmemberWithCount(k, n)`, members), and a count WITHSCORES
 * (`zrandmemberWithCountWithScores(k, n)`, which answers `[[member, score]]`). ioredis takes the forms as
 * `zrandmember(k [, n [, 'WITHSCORES']])` and answered the scored form as the flat `[member, scoreText, ...]`;
 * node-redis has `zRandMember`, `zRandMemberCount` and `zRandMemberCountWithScores`, the last answering
 * `[{ value, score }]`. Where the scored reply is read it is rebuilt in the source's shape; the others are the
 * same in all three clients.
 */
import type { ClientCall, SourceLibrary } from '../../engine/analyse/types.js';
import { CodeTemplate } from '../../ast/code-template.js';
import { defineCallRule, type ReplyConversion, type RuleContext } from '../../engine/rewrite/rule.js';
import { commandNamesMigratedBy, entriesMigratedBy, entryForCall } from '../../knowledge/commands/catalogue.js';
import { argumentPaths, asGlideString } from '../support/arguments.js';
import { asGlideNumber } from '../support/as-glide-number.js';
import { literalToken } from '../support/literal-token.js';
import { scoreText } from '../support/score-text.js';
import { hasOnlyPositionalArguments, setArguments, setMethod } from './call-shape.js';
import { cannotMap } from '../support/cannot-map.js';

const COMMANDS = entriesMigratedBy('zrandmember-count');

type Form = 'one' | 'count' | 'scores';

interface FormSpec {
  readonly glide: string;
  /** How many arguments the source passes for the form: ioredis adds the WITHSCORES word. */
  readonly arguments: Readonly<Record<SourceLibrary, number>>;
  /** The source's reply type, for the TypeScript cast (the scored form's comes with its conversion). */
  readonly typeScript?: string;
}

const FORMS: Readonly<Record<Form, FormSpec>> = {
  one: { glide: 'zrandmember', arguments: { ioredis: 1, 'node-redis': 1 }, typeScript: 'string | null' },
  count: { glide: 'zrandmemberWithCount', arguments: { ioredis: 2, 'node-redis': 2 }, typeScript: 'string[]' },
  scores: { glide: 'zrandmemberWithCountWithScores', arguments: { ioredis: 3, 'node-redis': 2 } },
};

/** GLIDE's `[[member, score]]` in the source's shape, and the source's type for the cast. */
const SCORED: Readonly<Record<SourceLibrary, { readonly conversion: ReplyConversion; readonly typeScript: string }>> = {
  ioredis: {
    typeScript: 'string[]',
    conversion: {
      singleUse: true,
      convert: (reply, { j }) =>
        new CodeTemplate().node(reply).text('.flatMap(([member, score]) => [member, ').node(scoreText(j, j.identifier('score'))).text('])').toExpression(j),
    },
  },
  'node-redis': {
    typeScript: '{ value: string; score: number }[]',
    conversion: {
      singleUse: true,
      convert: (reply, { j }) => new CodeTemplate().node(reply).text('.map(([value, score]) => ({ value, score }))').toExpression(j),
    },
  },
};

/** The form a call asks for; node-redis names it, ioredis passes it (a count, then the WITHSCORES word). */
function formOf(call: ClientCall): Form | undefined {
  const args = call.path.node.arguments;
  if (call.binding.library === 'node-redis') {
    if (/(CountWithScores|_COUNT_WITHSCORES)$/.test(call.method)) return 'scores';
    return /(Count|_COUNT)$/.test(call.method) ? 'count' : 'one';
  }
  if (args.length === 3) return literalToken(args[2]) === 'WITHSCORES' ? 'scores' : undefined;
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
  const scored = form === 'scores' ? SCORED[call.binding.library] : undefined;
  context.convertReply(call, scored?.conversion, { typeScript: scored?.typeScript ?? spec.typeScript });
  const rebuilt = scored ? `, reply rebuilt in the ${call.binding.library} shape` : '';
  context.recordEdit(call.path.node, `${call.method}(...) → ${spec.glide}(${count ? 'key, count' : 'key'})${rebuilt}`);
}

export const zrandmemberCount = defineCallRule({
  id: 'zrandmember-count',
  phase: 'commands',
  summary: 'ZRANDMEMBER with a count, and WITHSCORES, become GLIDE’s zrandmemberWithCount / zrandmemberWithCountWithScores; scored replies keep the source’s shape',
  clients: ['ioredis', 'node-redis'],
  safety: 'exact',
  commands: commandNamesMigratedBy('zrandmember-count'),
  apply,
});
