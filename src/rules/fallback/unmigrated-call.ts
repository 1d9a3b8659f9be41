/**
 * Every client call no other rule owns: pipelines, transactions, pub/sub, scripts, streams and the
 * commands not covered yet. The call is left exactly as written, with a TODO naming what it is, so a person
 * (or a later version of this codemod) migrates it; it is never half-rewritten.
 */
import type { ClientCall } from '../../engine/analyse/types.js';
import { defineCallRule, type RuleContext } from '../../engine/rewrite/rule.js';
import { NOT_CATALOGUED } from '../../knowledge/commands/not-catalogued.js';

const AREAS: readonly { readonly area: string; readonly methods: readonly string[] }[] = [
  { area: 'pipelines and transactions (GLIDE: `new Batch(atomic)` and `client.exec(batch, raiseOnError)`)', methods: ['discard'] },
  { area: 'pub/sub (GLIDE: subscriptions in the client configuration or `subscribe` with a message callback; `publish(message, channel)`)', methods: ['subscribe', 'psubscribe', 'ssubscribe', 'unsubscribe', 'punsubscribe', 'publish', 'spublish', 'pSubscribe', 'sSubscribe', 'pUnsubscribe'] },
  { area: 'client duplication (GLIDE: create another client from the same configuration)', methods: ['duplicate'] },
];

/** The GLIDE command method of the same name, any case (`geoAdd` → `geoadd`), among those not migrated yet. */
function glideCommandNamed(method: string): string | undefined {
  const wanted = method.toLowerCase();
  return Object.keys(NOT_CATALOGUED).find((name) => name.toLowerCase() === wanted && NOT_CATALOGUED[name].family !== undefined);
}

function describe(call: ClientCall): string {
  const known = AREAS.find((entry) => entry.methods.includes(call.method));
  if (known) return `${call.method}() belongs to ${known.area}, which this codemod does not migrate yet; left as it is`;
  if (/^x[a-z]/i.test(call.method)) return `${call.method}() is a stream command, which this codemod does not migrate yet; left as it is`;
  const glide = glideCommandNamed(call.method);
  if (glide) return `GLIDE has ${glide}() for ${call.method}(), but this codemod does not migrate it yet (see glide-codemod explain ${glide}); left as it is`;
  return `${call.method}() is not migrated by this codemod yet; left as it is (check GLIDE's method and reply shape)`;
}

export const unmigratedCall = defineCallRule({
  id: 'unmigrated-call',
  phase: 'fallback',
  summary: 'Client calls no rule migrates are left untouched with a TODO naming the feature',
  clients: ['ioredis', 'node-redis'],
  safety: 'flags',
  commands: 'unclaimed',
  apply(call, context: RuleContext) {
    context.flag(call.path, describe(call));
  },
});
