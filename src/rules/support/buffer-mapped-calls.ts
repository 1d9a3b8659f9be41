/**
 * The uses of a node-redis client created with BLOB_STRING mapped to Buffer that GLIDE's `defaultDecoder:
 * Decoder.Bytes` is not proven to answer the same: a command the catalogue does not list as proven for Buffer
 * replies (PING answers `"PONG"` in node-redis and a Buffer in GLIDE; INCRBYFLOAT a Buffer and a number), or a
 * client handed to another module, whose calls this file cannot see; in TypeScript, a name the client reaches that
 * the analysis does not know to be mapped (a parameter, options held in a constant), whose replies would be cast to
 * node-redis' string types. Calls of the lifecycle rules (connect,
 * quit, listeners) answer no command reply the decoder changes.
 */
import type { ASTPath } from 'jscodeshift';
import type { ClientBinding } from '../../engine/analyse/types.js';
import { findExportedBindings } from '../../engine/analyse/exported-clients.js';
import { findClientArgumentSites } from '../../engine/analyse/client-flow.js';
import type { RuleContext } from '../../engine/rewrite/rule.js';
import { nodeRedisBufferEntry } from '../../knowledge/commands/catalogue.js';
import { LISTENER_METHODS } from '../lifecycle/event-listeners.js';

const NO_COMMAND_REPLY = new Set(['connect', 'quit', 'disconnect', 'close', 'destroy', ...LISTENER_METHODS]);

export interface UnprovenUse {
  readonly path: ASTPath;
  readonly reason: string;
}

/** The bindings `start` reaches (parameters and properties it is passed or assigned to), `start` included. */
function reachedBindings(start: readonly ClientBinding[], all: readonly ClientBinding[]): ClientBinding[] {
  const reached = new Map(start.map((binding) => [binding.id, binding]));
  const pending = [...start];
  for (let binding = pending.pop(); binding; binding = pending.pop()) {
    for (const id of binding.flowsInto) {
      const next = all.find((candidate) => candidate.id === id);
      if (next && !reached.has(id)) {
        reached.set(id, next);
        pending.push(next);
      }
    }
  }
  return [...reached.values()];
}

export function unprovenBufferUses(context: RuleContext, bindings: readonly ClientBinding[]): UnprovenUse[] {
  const { analysis, file } = context;
  const reached = reachedBindings(bindings, analysis.bindings);
  const ids = new Set(reached.map((binding) => binding.id));
  const uses: UnprovenUse[] = [];
  for (const call of analysis.calls) {
    if (!ids.has(call.binding.id) || NO_COMMAND_REPLY.has(call.method) || nodeRedisBufferEntry(call.method, 'client')) continue;
    const reason = `the client maps BLOB_STRING to Buffer, and ${call.method}()'s reply with GLIDE's Bytes decoder is not proven the same as node-redis' (types and bytes); this client and its calls are left as they are`;
    uses.push({ path: call.path, reason });
  }
  // In TypeScript the casts are node-redis' Buffer types only on calls the analysis knows to be on a mapped client.
  for (const binding of context.typeScript ? reached.filter((candidate) => !candidate.construction?.bufferReplies) : []) {
    const where = binding.construction?.path ?? binding.owner;
    uses.push({ path: where, reason: `the client maps BLOB_STRING to Buffer, and in TypeScript the replies read through \`${binding.name}\` would be cast to node-redis' string types; this client and its calls are left as they are` });
  }
  const handedOn = [
    ...findExportedBindings(file, reached).map(({ binding }) => binding),
    ...findClientArgumentSites(file, reached).map(({ binding }) => binding),
  ];
  for (const binding of new Set(handedOn)) {
    const where = binding.construction?.path ?? binding.owner;
    uses.push({ path: where, reason: `the client maps BLOB_STRING to Buffer and is used by other modules, whose calls cannot be checked against GLIDE's Bytes decoder; this client and its calls are left as they are` });
  }
  return uses;
}
