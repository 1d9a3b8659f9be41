/** The migration plan as Markdown, for people: the client families, then the dependencies, then the steps. */
import type { MigrationPlan } from '../plan/plan-schema.js';

export function planMarkdown(plan: MigrationPlan): string {
  const out: string[] = ['# Migration plan', ''];
  if (plan.families.length === 0) out.push('No ioredis or node-redis client found.', '');
  for (const family of plan.families) {
    const title = family.name ? `\`${family.name}\`` : 'A client';
    out.push(`## ${title} (${family.library}${family.topology ? `, ${family.topology}` : ''}) — ${family.path}:${family.line}`, '');
    out.push(family.automatic ? 'Automatic: every use can be migrated.' : `Blocked: ${family.blockers.length} use(s) keep it on ${family.library}.`, '');
    if (family.commands.length > 0) {
      out.push('| Commands | Calls |', '| --- | --- |');
      for (const group of family.commands) out.push(`| ${group.family} | ${group.calls.map((call) => `${call.method} ×${call.count}`).join(', ')} |`);
      out.push('');
    }
    for (const blocker of family.blockers) out.push(`- ${blocker.path}:${blocker.line} (${blocker.ruleId}): ${blocker.message}`, `  - instead: ${blocker.instead}`);
    if (family.blockers.length > 0) out.push('');
  }
  out.push('## Dependencies', '', plan.removableDependencies.length > 0 ? `Can be removed afterwards: ${plan.removableDependencies.join(', ')}.` : 'None can be removed yet: clients left as written, or files the migration leaves importing them, still use them.', '');
  out.push('## Steps', '', ...plan.steps.map((step, index) => `${index + 1}. ${step}`), '');
  return out.join('\n');
}
