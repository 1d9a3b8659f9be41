/**
 * A client created where `await` was not allowed (CommonJS module scope, a class field) is held as the promise
 * `GlideClient.createClient(...)` returns; each migrated call then awaits it: `redis.get(k)` →
 * `(await redis).get(k)`. Awaiting one settled promise keeps the calls in the order the program made them.
 * A function whose whole body is the call or returns it (`.finally(() => redis.quit())`, `top() { return
 * this.redis.zrange(...); }`) already returned a promise, so it becomes `async` and awaits too. Anywhere else
 * `await` is not allowed (CommonJS module scope, a synchronous function), the call goes into a callback on the
 * client promise: `redis.set(k, v)` → `redis.then((client) => client.set(k, v))`, still a promise of the same
 * reply; callbacks on one promise run in the order they were added, so the commands still go out in program
 * order. The rule runs before the command rules, which then see `(await redis)` or `client` as the receiver
 * and keep it; the callback is put around the call once they are done, so it holds their reply conversions.
 * Calls no rule migrates keep their receiver untouched.
 */
import { defineFileRule } from '../../engine/rewrite/rule.js';
import { reachSettledClient } from '../support/settled-client.js';
import { IOREDIS_SCAN_STREAMS } from '../support/scan-loop.js';
import { LISTENER_METHODS } from './event-listeners.js';
import { quitToClose, readsQuitReply } from './quit-to-close.js';

export const promiseClientReceiver = defineFileRule({
  id: 'promise-client-receiver',
  phase: 'receivers',
  summary: 'Calls on a client held as a promise (CommonJS module scope, class fields) await it first',
  clients: ['ioredis', 'node-redis'],
  safety: 'exact',
  apply(context) {
    const { analysis } = context;
    for (const call of analysis.calls) {
      if (call.binding.shape !== 'promise' || !context.willBeMigrated(call)) continue;
      // A batch's commands are queued on the batch; batch-results awaits the client where the batch is sent.
      if (call.batch) continue;
      // A scan stream's value is a stream: its loop awaits the client inside (scan-cursors).
      if (call.binding.library === 'ioredis' && Object.hasOwn(IOREDIS_SCAN_STREAMS, call.method)) continue;
      // Listeners are removed by their own rule wherever they stand; nothing is awaited for them.
      if (LISTENER_METHODS.includes(call.method)) continue;
      // A quit() whose "OK" is read is flagged by quit-to-close and stays exactly as written, receiver included.
      if (quitToClose.commands !== 'unclaimed' && quitToClose.commands[call.binding.library]?.includes(call.method) && readsQuitReply(call)) continue;
      reachSettledClient(context, call);
    }
  },
});
