/**
 * Commands whose arguments and replies are the same in GLIDE, up to the method's name (`incrby` → `incrBy`,
 * node-redis `hGet` → `hget`). In TypeScript the reply is cast back to the source client's type, because
 * GLIDE types string replies as `string | Buffer` while the program was written for `string`.
 */
import type { ClientCall, SourceLibrary } from '../../engine/analyse/types.js';
import { defineCallRule, type RuleContext } from '../../engine/rewrite/rule.js';
import { coercePositional, hasOnlyPositionalArguments, setArguments, setMethod } from './call-shape.js';

interface SameShape {
  readonly glide: string;
  /** Parameter kinds for `coercePositional`. */
  readonly parameters: string;
  /** The reply type the source client promised, when GLIDE's differs (TypeScript casts). */
  readonly reply?: string;
}

const STRING_OR_NULL = 'string | null';

/** Keyed by GLIDE's name; `sources` lists the source names per library. */
const COMMANDS: Readonly<Record<string, SameShape & { readonly sources: Readonly<Record<SourceLibrary, string>> }>> = {
  get: { glide: 'get', parameters: 's', reply: STRING_OR_NULL, sources: { ioredis: 'get', 'node-redis': 'get' } },
  incr: { glide: 'incr', parameters: 's', sources: { ioredis: 'incr', 'node-redis': 'incr' } },
  incrBy: { glide: 'incrBy', parameters: 'sn', sources: { ioredis: 'incrby', 'node-redis': 'incrBy' } },
  decr: { glide: 'decr', parameters: 's', sources: { ioredis: 'decr', 'node-redis': 'decr' } },
  decrBy: { glide: 'decrBy', parameters: 'sn', sources: { ioredis: 'decrby', 'node-redis': 'decrBy' } },
  append: { glide: 'append', parameters: 'ss', sources: { ioredis: 'append', 'node-redis': 'append' } },
  strlen: { glide: 'strlen', parameters: 's', sources: { ioredis: 'strlen', 'node-redis': 'strLen' } },
  getrange: { glide: 'getrange', parameters: 'snn', reply: 'string', sources: { ioredis: 'getrange', 'node-redis': 'getRange' } },
  setrange: { glide: 'setrange', parameters: 'sns', sources: { ioredis: 'setrange', 'node-redis': 'setRange' } },
  getdel: { glide: 'getdel', parameters: 's', reply: STRING_OR_NULL, sources: { ioredis: 'getdel', 'node-redis': 'getDel' } },
  ttl: { glide: 'ttl', parameters: 's', sources: { ioredis: 'ttl', 'node-redis': 'ttl' } },
  pttl: { glide: 'pttl', parameters: 's', sources: { ioredis: 'pttl', 'node-redis': 'pTTL' } },
  type: { glide: 'type', parameters: 's', reply: 'string', sources: { ioredis: 'type', 'node-redis': 'type' } },
  rename: { glide: 'rename', parameters: 'ss', sources: { ioredis: 'rename', 'node-redis': 'rename' } },
  randomKey: { glide: 'randomKey', parameters: '', reply: STRING_OR_NULL, sources: { ioredis: 'randomkey', 'node-redis': 'randomKey' } },
  hget: { glide: 'hget', parameters: 'ss', reply: STRING_OR_NULL, sources: { ioredis: 'hget', 'node-redis': 'hGet' } },
  hincrBy: { glide: 'hincrBy', parameters: 'ssn', sources: { ioredis: 'hincrby', 'node-redis': 'hIncrBy' } },
  hkeys: { glide: 'hkeys', parameters: 's', reply: 'string[]', sources: { ioredis: 'hkeys', 'node-redis': 'hKeys' } },
  hvals: { glide: 'hvals', parameters: 's', reply: 'string[]', sources: { ioredis: 'hvals', 'node-redis': 'hVals' } },
  hlen: { glide: 'hlen', parameters: 's', sources: { ioredis: 'hlen', 'node-redis': 'hLen' } },
  hstrlen: { glide: 'hstrlen', parameters: 'ss', sources: { ioredis: 'hstrlen', 'node-redis': 'hStrLen' } },
  llen: { glide: 'llen', parameters: 's', sources: { ioredis: 'llen', 'node-redis': 'lLen' } },
  lindex: { glide: 'lindex', parameters: 'sn', reply: STRING_OR_NULL, sources: { ioredis: 'lindex', 'node-redis': 'lIndex' } },
  lset: { glide: 'lset', parameters: 'sns', sources: { ioredis: 'lset', 'node-redis': 'lSet' } },
  lrem: { glide: 'lrem', parameters: 'sns', sources: { ioredis: 'lrem', 'node-redis': 'lRem' } },
  ltrim: { glide: 'ltrim', parameters: 'snn', sources: { ioredis: 'ltrim', 'node-redis': 'lTrim' } },
  lrange: { glide: 'lrange', parameters: 'snn', reply: 'string[]', sources: { ioredis: 'lrange', 'node-redis': 'lRange' } },
  scard: { glide: 'scard', parameters: 's', sources: { ioredis: 'scard', 'node-redis': 'sCard' } },
  zcard: { glide: 'zcard', parameters: 's', sources: { ioredis: 'zcard', 'node-redis': 'zCard' } },
  zrank: { glide: 'zrank', parameters: 'ss', sources: { ioredis: 'zrank', 'node-redis': 'zRank' } },
  zrevrank: { glide: 'zrevrank', parameters: 'ss', sources: { ioredis: 'zrevrank', 'node-redis': 'zRevRank' } },
  dbsize: { glide: 'dbsize', parameters: '', sources: { ioredis: 'dbsize', 'node-redis': 'dbSize' } },
  echo: { glide: 'echo', parameters: 's', reply: 'string', sources: { ioredis: 'echo', 'node-redis': 'echo' } },
};

function specFor(call: ClientCall): SameShape | undefined {
  return Object.values(COMMANDS).find((spec) => spec.sources[call.binding.library] === call.method);
}

function apply(call: ClientCall, context: RuleContext): void {
  const spec = specFor(call);
  if (!spec) return;
  if (!hasOnlyPositionalArguments(call) || call.path.node.arguments.length > spec.parameters.length) {
    context.flag(call.path, `${call.method}() is called with arguments the codemod cannot map to GLIDE's ${spec.glide}(); migrate it by hand`);
    return;
  }
  setMethod(call, context, spec.glide);
  setArguments(call, coercePositional(call, context, spec.parameters));
  const cast = context.convertReply(call, undefined, { typeScript: spec.reply });
  if (call.method !== spec.glide) context.recordEdit(call.path.node, `${call.method}() → ${spec.glide}()`);
  else if (cast) context.recordEdit(call.path.node, `${spec.glide}() reply cast to ${spec.reply}`);
}

const sourcesOf = (library: SourceLibrary) => Object.values(COMMANDS).map((spec) => spec.sources[library]);

export const sameShapeCommands = defineCallRule({
  id: 'same-shape-commands',
  phase: 'commands',
  summary: 'Commands with the same arguments and replies in GLIDE keep their call, under GLIDE’s method name',
  clients: ['ioredis', 'node-redis'],
  safety: 'exact',
  commands: { ioredis: sourcesOf('ioredis'), 'node-redis': sourcesOf('node-redis') },
  apply,
});
