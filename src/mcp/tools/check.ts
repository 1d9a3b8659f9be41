/**
 * `check`: the CI gate's findings for a file or directory: clients still on ioredis / node-redis (migratable now,
 * or blocked with every blocking site), TODO(glide-codemod) comments left, GLIDE pitfalls. The same function as
 * `glide-codemod check`; nothing is written.
 */
import { z } from 'zod';
import { checkReportSchema } from '../../check/check-report.js';
import { defineTool } from '../define-tool.js';
import { workspacePath, type Workspace } from '../workspace.js';
import type { ServerLimits } from '../limits.js';
import { withinBounds } from '../call-bounds.js';

const input = z.object({
  path: z.string().describe('File or directory to check, absolute or relative to the server working directory'),
});

export function checkTool(workspace: Workspace, limits: ServerLimits) {
  return defineTool({
  name: 'check',
  title: 'Check what still stands between the code and GLIDE',
  description:
    'List the findings `glide-codemod check` gates CI on, for `path`: every client still on ioredis or node-redis ' +
    '(client-migratable: `apply_migration` does it; client-blocked: the message names every blocking site), every ' +
    'TODO(glide-codemod) left in the code and every GLIDE pitfall, each with file:line:column, a rule id and a ' +
    'fingerprint. Writes nothing.',
  input,
  output: checkReportSchema,
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
  async run({ path: target }, extra) {
    const engine = await import('../../index.js');
    extra.signal.throwIfAborted();
    const report = await withinBounds(limits, extra, async (bounds) => engine.check({ paths: [await workspacePath(workspace, target)], cwd: process.cwd(), ...bounds }));
    const lines = report.findings.map((finding) => `${finding.file}:${finding.line}:${finding.column}  ${finding.severity}  ${finding.ruleId}  ${finding.message}`);
    const summary = `${report.findings.length === 0 ? 'No findings' : `${report.findings.length} finding(s)`} in ${report.files} file(s)${report.suppressed > 0 ? `, ${report.suppressed} suppressed` : ''}.`;
    return { structured: report, text: [[...lines, summary].join('\n')], isError: false };
  },
});
}
