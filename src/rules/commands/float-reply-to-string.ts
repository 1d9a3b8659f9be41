/**
 * INCRBYFLOAT and HINCRBYFLOAT answer the new value as text; ioredis and node-redis (v4, v5 and v6) return that
 * text (`"3.5"`), GLIDE parses it into a number (`3.5`), so `JSON.stringify` would print `3.5` where the
 * program printed `"3.5"`. Where the reply is read it becomes `String(...)` again. `String(n)` gives the server's
 * text for ordinary values but not for all: from 1e21 up JavaScript writes `1e+21` where the server wrote
 * `1000000000000000000000`, and below 1e-6 `1e-7` where it wrote `0.0000001`. The methods are renamed
 * (`incrbyfloat` → `incrByFloat`, node-redis `hIncrByFloat` → `hincrByFloat`), and a numeric string increment
 * becomes a number in TypeScript, as GLIDE's `amount: number` wants.
 */
import type { ClientCall, SourceLibrary } from '../../engine/analyse/types.js';
import { defineCallRule, type RuleContext, type ReplyConversion } from '../../engine/rewrite/rule.js';
import { coercePositional, hasOnlyPositionalArguments, setArguments, setMethod } from './call-shape.js';
import { cannotMap } from '../support/cannot-map.js';

interface FloatCommand {
  readonly glide: string;
  /** Parameter kinds for `coercePositional`. */
  readonly parameters: string;
  readonly sources: Readonly<Record<SourceLibrary, string>>;
}

const COMMANDS: readonly FloatCommand[] = [
  { glide: 'incrByFloat', parameters: 'sn', sources: { ioredis: 'incrbyfloat', 'node-redis': 'incrByFloat' } },
  { glide: 'hincrByFloat', parameters: 'ssn', sources: { ioredis: 'hincrbyfloat', 'node-redis': 'hIncrByFloat' } },
];

/** `String(reply)` */
const NUMBER_TO_STRING: ReplyConversion = {
  singleUse: true,
  convert: (reply, { j }) => j.callExpression(j.identifier('String'), [reply]),
};

function apply(call: ClientCall, context: RuleContext): void {
  const spec = COMMANDS.find((command) => command.sources[call.binding.library] === call.method);
  if (!spec) return;
  if (!hasOnlyPositionalArguments(call) || call.path.node.arguments.length !== spec.parameters.length) {
    context.flag(call.path, cannotMap(call, spec.glide));
    return;
  }
  setMethod(call, context, spec.glide);
  setArguments(call, coercePositional(call, context, spec.parameters));
  context.convertReply(call, NUMBER_TO_STRING);
  context.recordEdit(call.path.node, `${call.method}() → ${spec.glide}(), number reply read back as a string`);
}

export const floatReplyToString = defineCallRule({
  id: 'float-reply-to-string',
  phase: 'commands',
  summary: 'INCRBYFLOAT / HINCRBYFLOAT answer a number in GLIDE: the reply is read back as the string the source returned',
  clients: ['ioredis', 'node-redis'],
  safety: 'exact',
  commands: {
    ioredis: COMMANDS.map((command) => command.sources.ioredis),
    'node-redis': COMMANDS.map((command) => command.sources['node-redis']),
  },
  apply,
});
