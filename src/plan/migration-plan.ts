/**
 * The migration inventory `plan` prints before anything is changed: every client family with where it is, its
 * library and topology, the commands it uses grouped by the catalogue's families with counts, whether its migration
 * is automatic and, where it is not, every blocking site with what to do instead; the dependencies that can go
 * afterwards; and the steps in order. Made from the migration's dry-run report and the command catalogue.
 */
import type { ClientFamilyReport, MigrationReport } from '../engine/report/migration-report.js';
import { COMMAND_CATALOGUE, sourceNamesOf } from '../knowledge/commands/catalogue.js';
import { adviceFor } from './advice.js';
import type { MigrationPlan } from './plan-schema.js';

const LIFECYCLE = new Set(['connect', 'quit', 'disconnect', 'close', 'destroy', 'on', 'once', 'off', 'duplicate', 'multi', 'pipeline', 'exec']);


const RAW = new Set(['call', 'sendCommand', 'callBuffer']);

function familyOf(library: ClientFamilyReport['library'], method: string): string {
  if (LIFECYCLE.has(method)) return 'connection and lifecycle';
  if (RAW.has(method)) return 'raw commands';
  const entry = COMMAND_CATALOGUE.find((candidate) => sourceNamesOf(candidate, library).includes(method));
  return entry?.family ?? 'other';
}

function commandsOf(client: ClientFamilyReport): MigrationPlan['families'][number]['commands'] {
  const byFamily = new Map<string, { method: string; count: number }[]>();
  for (const [method, count] of Object.entries(client.calls)) {
    const family = familyOf(client.library, method);
    byFamily.set(family, [...(byFamily.get(family) ?? []), { method, count }]);
  }
  return [...byFamily].sort(([a], [b]) => a.localeCompare(b)).map(([family, calls]) => ({ family, calls }));
}

export function migrationPlan(report: MigrationReport, paths: readonly string[]): MigrationPlan {
  const families = report.clients.map((client) => ({
    path: client.path,
    line: client.line,
    column: client.column,
    name: client.name,
    library: client.library,
    topology: client.topology,
    automatic: client.status === 'migrated',
    commands: commandsOf(client),
    blockers: client.blockedBy.map((site) => ({ ruleId: site.ruleId, path: site.path, line: site.line, message: site.message, instead: adviceFor(site.ruleId) })),
  }));
  const used = new Set(report.clients.map((client) => client.library));
  const removableDependencies = [...used].filter((library) => !report.summary.stillNeeded.includes(library)).map((library) => (library === 'node-redis' ? 'redis' : library));
  const automatic = families.filter((family) => family.automatic);
  const blocked = families.filter((family) => !family.automatic);
  const where = paths.join(' ');
  const steps = [
    'Add the GLIDE client to the project: npm install @valkey/valkey-glide',
    ...(automatic.length > 0 ? [`Migrate the ${automatic.length} client famil${automatic.length === 1 ? 'y' : 'ies'} whose every use is automatic: glide-codemod migrate ${where} (review the diff), then glide-codemod migrate --write ${where}`] : []),
    ...blocked.map((family) => `Resolve what keeps ${family.name ? `\`${family.name}\`` : 'the client'} (${family.path}:${family.line}) on ${family.library}: ${family.blockers.length} blocking site(s), listed above with what to do instead; then run the migration again`),
    `Gate pull requests so no new ioredis or node-redis code comes in: glide-codemod check ${where} (adopt it today with --baseline <file> --update-baseline)`,
    'Run the program and its tests against a real Valkey before and after, and compare what they print and store',
    ...(removableDependencies.length > 0 ? [`Remove the dependencies no client needs any more: npm uninstall ${removableDependencies.join(' ')}`] : []),
  ];
  return { families, removableDependencies, steps };
}
