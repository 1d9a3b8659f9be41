/**
 * Do no harm where the program runs with a version of its client whose replies the codemod does not know. The
 * codemod's knowledge of node-redis is node-redis 5's and 6's: the shapes it converts GLIDE's replies back to, the
 * arguments it reads. node-redis 4 answers many commands otherwise (`true` for sIsMember, expire or hExists where
 * 5 and 6 answer 1, null-prototype objects for hGetAll and configGet, one key per scanIterator step where 5 and 6
 * give a page), so where a file runs with it, its node-redis clients are blockers at their bindings, the report
 * naming the version found and where (docs/rules/node-redis-version.md).
 */
import type { SourceVersion, SourceVersions } from '../analyse/types.js';
import type { Blocker } from '../rewrite/edits.js';
import type { ClientRecord } from './client-records.js';

/** The oldest node-redis whose replies the codemod's knowledge describes. */
export const OLDEST_NODE_REDIS_KNOWN = 5;

function reasonFor(found: SourceVersion): string {
  const where = found.installed ? `installed here (${found.version}, ${found.source})` : `what ${found.source} asks for (${found.version})`;
  return (
    `node-redis ${found.major} is ${where}; the codemod knows the replies of node-redis ${OLDEST_NODE_REDIS_KNOWN} and later, and node-redis ${found.major} answers many commands with other shapes ` +
    `(true for sIsMember, null-prototype objects for hGetAll, one key per scanIterator step), so this client is left as written: upgrade node-redis first, then migrate`
  );
}

export function sourceVersionBlockers(clients: readonly ClientRecord[], versions: SourceVersions): Blocker[] {
  const found = versions['node-redis'];
  if (!found || found.major >= OLDEST_NODE_REDIS_KNOWN) return [];
  const message = reasonFor(found);
  return clients
    .filter((client) => client.library === 'node-redis')
    .map(({ id, line, column, library }) => ({ ruleId: 'node-redis-version', line, column, message, client: id, library }));
}
