/**
 * The scripts a program defines on a client under a method name of its own (ioredis'
 * `redis.defineCommand('name', { lua })`), and the calls that run them (`redis.name(...)`): those calls are marked
 * with their definition, so the rule owning defined scripts gets them whatever the name. A name defined more than
 * once on the same client is not marked (which definition a call runs depends on the order at run time), so its
 * calls stay unclaimed and are flagged by the fallback.
 */
import type { ClientCall, DefinedScript } from './types.js';
import type { NodeLike } from '../../ast/node.js';

function definedName(call: ClientCall): string | undefined {
  if (call.binding.library !== 'ioredis' || call.method !== 'defineCommand') return undefined;
  const first = call.path.node.arguments[0] as NodeLike | undefined;
  const isString = first && (first.type === 'StringLiteral' || (first.type === 'Literal' && typeof first.value === 'string'));
  return isString ? String(first.value) : undefined;
}

export function markDefinedScriptCalls(calls: readonly ClientCall[]): ClientCall[] {
  const definitions = new Map<string, DefinedScript | null>();
  for (const call of calls) {
    const name = definedName(call);
    if (name === undefined) continue;
    const key = `${call.binding.id}:${name}`;
    definitions.set(key, definitions.has(key) ? null : { name, definition: call.path });
  }
  if (definitions.size === 0) return [...calls];
  return calls.map((call) => {
    const definedScript = definitions.get(`${call.binding.id}:${call.method}`);
    return definedScript ? { ...call, definedScript } : call;
  });
}
