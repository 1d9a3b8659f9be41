/**
 * ZSCORE, ZMSCORE and ZINCRBY answer scores. ioredis returns the server's text (`"3.5"`, `"inf"`, `null` for a
 * missing member); GLIDE parses it into a number (`3.5`, `Infinity`), so `JSON.stringify` would print `3.5`
 * where the program printed `"3.5"`, and `Infinity` prints as `null`. Where an ioredis reply is read it becomes
 * the server's text again (`String(score).replace('Infinity', 'inf')`, null kept). node-redis already returns
 * numbers (`Infinity` included, with its RESP3 default), so its calls only take GLIDE's names and arguments:
 * ZMSCORE's members become the one array GLIDE takes, and ZINCRBY's increment a number in TypeScript.
 */
import type { ClientCall, SourceLibrary } from '../../engine/analyse/types.js';
import { defineCallRule, type RuleContext, type ReplyConversion } from '../../engine/rewrite/rule.js';
import { argumentPaths, type ArgumentKind, asGlideString, listOf } from '../support/arguments.js';
import { CodeTemplate } from '../../ast/code-template.js';
import { scoreText } from '../support/score-text.js';
import { coercePositional, hasOnlyPositionalArguments, setArguments, setMethod } from './call-shape.js';
import { cannotMap } from '../support/cannot-map.js';

interface ScoreCommand {
  readonly glide: 'zscore' | 'zmscore' | 'zincrby';
  /** Parameter kinds for `coercePositional`; ZMSCORE takes its members as a list instead. */
  readonly parameters: string;
  readonly ioredisReply: ReplyConversion;
  readonly sources: Readonly<Record<SourceLibrary, string>>;
}

const TEXT_OR_NULL: ReplyConversion = { singleUse: false, convert: (reply, { j }) => scoreText(j, reply, { orNull: true }) };

const TEXT: ReplyConversion = { singleUse: true, convert: (reply, { j }) => scoreText(j, reply) };

const EACH_TEXT_OR_NULL: ReplyConversion = {
  singleUse: true,
  convert: (reply, { j }) =>
    new CodeTemplate().node(reply).text('.map((score) => ').node(scoreText(j, j.identifier('score'), { orNull: true })).text(')').toExpression(j),
};

const COMMANDS: readonly ScoreCommand[] = [
  { glide: 'zscore', parameters: 'ss', ioredisReply: TEXT_OR_NULL, sources: { ioredis: 'zscore', 'node-redis': 'zScore' } },
  { glide: 'zmscore', parameters: 's', ioredisReply: EACH_TEXT_OR_NULL, sources: { ioredis: 'zmscore', 'node-redis': 'zmScore' } },
  { glide: 'zincrby', parameters: 'sns', ioredisReply: TEXT, sources: { ioredis: 'zincrby', 'node-redis': 'zIncrBy' } },
];

/** GLIDE's arguments, or undefined when the call's cannot be mapped with certainty. */
function glideArguments(call: ClientCall, context: RuleContext, spec: ScoreCommand): ArgumentKind[] | undefined {
  const paths = argumentPaths(call.path);
  if (!hasOnlyPositionalArguments(call)) return undefined;
  if (spec.glide !== 'zmscore') return paths.length === spec.parameters.length ? coercePositional(call, context, spec.parameters) : undefined;
  if (paths.length < 2) return undefined;
  return [asGlideString(context.j, paths[0], context.typeScript), listOf(context.j, paths.slice(1), context.typeScript)];
}

function apply(call: ClientCall, context: RuleContext): void {
  const spec = COMMANDS.find((command) => command.sources[call.binding.library] === call.method);
  if (!spec) return;
  const args = glideArguments(call, context, spec);
  if (!args) {
    context.flag(call.path, cannotMap(call, spec.glide));
    return;
  }
  const changed = call.method !== spec.glide || args.some((argument, index) => argument !== call.path.node.arguments[index]);
  setMethod(call, context, spec.glide);
  setArguments(call, args);
  const converted = call.binding.library === 'ioredis' && context.convertReply(call, spec.ioredisReply);
  if (changed || converted) {
    context.recordEdit(call.path.node, `${call.method}() → ${spec.glide}()${converted ? ', score read back as the text ioredis returned' : ''}`);
  }
}

export const scoreReplyToString = defineCallRule({
  id: 'score-reply-to-string',
  phase: 'commands',
  summary: 'ZSCORE / ZMSCORE / ZINCRBY answer numbers in GLIDE: ioredis replies are read back as the server’s text',
  clients: ['ioredis', 'node-redis'],
  safety: 'exact',
  commands: {
    ioredis: COMMANDS.map((command) => command.sources.ioredis),
    'node-redis': COMMANDS.map((command) => command.sources['node-redis']),
  },
  apply,
});
