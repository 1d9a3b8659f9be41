/**
 * Do no harm where the run cannot see a client's origin: a name no client of the files given reaches (a parameter
 * typed as a client, which callers elsewhere fill with theirs) and, in a run that sees one file (a jscodeshift
 * worker), every client shared with other modules are blockers at their bindings.
 */
import type { Blocker } from '../rewrite/edits.js';
import type { ClientRecord } from './client-records.js';

const SHARED_CLIENT =
  'the client is shared with other modules (exported, passed to or received from another module), and this run sees one file at a time; migrate the project with `glide-codemod migrate`, which follows it';

const RECEIVED_CLIENT =
  'the client comes from code this run does not see (a parameter typed as a client that no client of the files given reaches); callers elsewhere would still pass a source client';

/**
 * Clients whose origin the run cannot see, as blockers at their bindings: a name no client created in the run
 * reaches (a parameter typed as a client, which callers outside the files given fill with theirs), and, in a run
 * that sees one file, every client shared with other modules.
 */
export function unseenClientBlockers(clients: readonly ClientRecord[], isolated: boolean): Blocker[] {
  const reached = new Set<number>();
  // In a project run a client linked to another module is reached from there (the project joins the families).
  const pending = clients.filter((client) => client.created || (!isolated && client.links.length > 0)).map((client) => client.id);
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    if (reached.has(id)) continue;
    reached.add(id);
    pending.push(...(clients.find((client) => client.id === id)?.flowsInto ?? []));
  }
  return clients.flatMap(({ id, line, column, library, links }) => {
    const shared = isolated && links.length > 0;
    if (!shared && reached.has(id)) return [];
    const message = shared ? SHARED_CLIENT : RECEIVED_CLIENT;
    return [{ ruleId: 'client-escapes', line, column, message, client: id, library }];
  });
}
