/**
 * The codemod's knowledge of node-redis is that of node-redis 5 and 6: the reply shapes it converts GLIDE's
 * replies back to, the arguments it reads. node-redis 4 answers many commands otherwise (`true` for sIsMember,
 * expire or hExists where 5 and 6 answer 1, null-prototype objects for hGetAll and configGet, one key per
 * scanIterator step where 5 and 6 give a page), so a program running with it would not behave the same once
 * migrated. Its node-redis clients are left as written, the report naming the version found and where.
 */
import { defineFileRule, type RuleContext } from '../../engine/rewrite/rule.js';
import type { SourceVersion } from '../../engine/analyse/types.js';

/** The oldest node-redis whose replies the codemod's knowledge describes. */
export const OLDEST_NODE_REDIS_KNOWN = 5;

function reasonFor(found: SourceVersion): string {
  const where = found.installed ? `installed here (${found.version}, ${found.source})` : `what ${found.source} asks for (${found.version})`;
  return (
    `node-redis ${found.major} is ${where}; the codemod knows the replies of node-redis ${OLDEST_NODE_REDIS_KNOWN} and later, and node-redis ${found.major} answers many commands with other shapes ` +
    `(true for sIsMember, null-prototype objects for hGetAll, one key per scanIterator step), so this client is left as written: upgrade node-redis first, then migrate`
  );
}

function apply(context: RuleContext): void {
  const found = context.analysis.sourceVersions['node-redis'];
  if (!found || found.major >= OLDEST_NODE_REDIS_KNOWN) return;
  for (const construction of context.analysis.constructions) {
    if (construction.library !== 'node-redis') continue;
    const bindings = context.analysis.bindings.filter((binding) => binding.construction === construction);
    context.flag(construction.path, reasonFor(found), { client: bindings[0] ?? null, library: 'node-redis' });
    bindings.forEach((binding) => context.freeze(binding));
  }
}

export const nodeRedisVersion = defineFileRule({
  id: 'node-redis-version',
  phase: 'construction',
  summary: 'node-redis clients of a program that runs with node-redis 4 stay as written (the codemod knows node-redis 5 and later)',
  clients: ['node-redis'],
  safety: 'flags',
  apply,
});
