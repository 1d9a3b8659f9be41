/**
 * The one human summary of a migration, for the CLI and the MCP tools alike: failed files as `file:line:column`,
 * every client left as written with each place that keeps it there, every TODO with its place, the counts, and
 * which libraries the code still needs. What happened to the files (written, dry run) is the door's to say.
 */
import type { MigrationReport } from './migration-report.js';

/** Labels in one column, so the places line up. */
const label = (text: string) => text.padEnd(9);

const at = (path: string, line?: number, column?: number) => (line === undefined ? path : `${path}:${line}:${column ?? 1}`);

export function summaryLines(report: MigrationReport): string[] {
  const lines: string[] = [];
  for (const file of report.files) {
    if (file.error) lines.push(`${label('error')}${at(file.path, file.error.line, file.error.column)}: ${file.error.message}`);
  }
  for (const client of report.clients.filter((entry) => entry.status === 'blocked')) {
    const [first, ...more] = client.blockedBy;
    const cause = first ? `: blocked by ${first.ruleId} at ${first.path}:${first.line}${more.length > 0 ? ` (and ${more.length} more)` : ''}` : '';
    lines.push(`${label('blocked')}${at(client.path, client.line, client.column)}: ${client.name ? `client \`${client.name}\`` : 'a client'} stays on ${client.library}${cause}`);
    for (const site of client.blockedBy) lines.push(`${label('')}  ${at(site.path, site.line, site.column)}: ${site.ruleId}: ${site.message}`);
  }
  for (const file of report.files) {
    for (const entry of file.diagnostics) {
      lines.push(`${label('todo')}${at(file.path, entry.line, entry.column)}: TODO(glide-codemod) ${entry.ruleId}: ${entry.message}`);
    }
  }
  const { summary } = report;
  lines.push(
    `${summary.files} file(s): ${summary.changed} changed, ${summary.unchanged} unchanged, ${summary.skipped} skipped, ` +
      `${summary.errors} failed; ${summary.edits} edit(s), ${summary.todos} TODO(s); ` +
      `${summary.clients.migrated} client(s) migrated, ${summary.clients.blocked} left as written`,
  );
  if (summary.stillNeeded.length > 0) {
    const migratedAny = summary.clients.migrated > 0;
    const why = summary.clients.blocked > 0 ? 'clients left as written use it' : 'files still import it';
    // Files left importing a library where no client was found: code the codemod does not recognise as one.
    const importing = report.files.filter((file) => file.stillImports && file.status === 'unchanged' && !report.clients.some((client) => client.path === file.path));
    lines.push(
      `Still needed: ${summary.stillNeeded.join(' and ')} (${why})${migratedAny ? ', next to @valkey/valkey-glide' : ''}; keep ${summary.stillNeeded.length > 1 ? 'these dependencies' : 'the dependency'}.`,
    );
    for (const file of importing) lines.push(`  ${file.path} still imports ${file.stillImports?.join(' and ')}, in code the codemod does not recognise as a client`);
  }
  if (report.partial && summary.todos > 0) {
    lines.push('Partial migration: the result will not run as before until every TODO(glide-codemod) is resolved.');
  }
  return lines;
}
