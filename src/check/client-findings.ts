/**
 * The clients a migration report lists, as findings: a client still on ioredis or node-redis is a finding either
 * way, with what to do: run the migration (it is automatic now) or change what blocks it (every blocking site named).
 */
import type { ClientFamilyReport } from '../engine/report/migration-report.js';

export interface PlacedMessage {
  readonly ruleId: string;
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

export const CLIENT_MIGRATABLE = 'client-migratable';
export const CLIENT_BLOCKED = 'client-blocked';

function named(client: ClientFamilyReport): string {
  return client.name ? `client \`${client.name}\`` : 'a client';
}

export function clientFindings(clients: readonly ClientFamilyReport[]): PlacedMessage[] {
  return clients.map((client) => {
    const where = { file: client.path, line: client.line, column: client.column };
    if (client.status === 'migrated') {
      return { ruleId: CLIENT_MIGRATABLE, ...where, message: `${named(client)} is still on ${client.library}; the migration is automatic: glide-codemod migrate --write ${client.path}` };
    }
    const sites = client.blockedBy.map((site) => `${site.path}:${site.line} (${site.ruleId}: ${site.message})`);
    return { ruleId: CLIENT_BLOCKED, ...where, message: `${named(client)} stays on ${client.library}, blocked by ${sites.join('; ')}` };
  });
}
