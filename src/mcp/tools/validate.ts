/**
 * `validate`: is this GLIDE code right? The same function as `glide-codemod validate`, on a snippet: type errors
 * against the installed GLIDE types (TypeScript) and the GLIDE pitfalls (both languages), each with line:column and
 * a rule id.
 */
import path from 'node:path';
import { z } from 'zod';
import { validationReportSchema } from '../../engine/report/validation-report.js';
import { defineTool } from '../define-tool.js';
import { snippetRefusal, type ServerLimits } from '../limits.js';

const input = z.object({
  code: z.string().describe('GLIDE code to check'),
  filename: z.string().optional().describe('Name for `code`; its extension (.ts, .js, .mjs, .cjs, ...) picks the language. Default snippet.ts'),
});

export function validateTool(limits: ServerLimits) {
  return defineTool({
  name: 'validate',
  title: 'Validate GLIDE code',
  description:
    'Type-check `code` against the installed @valkey/valkey-glide types (TypeScript) and report GLIDE pitfalls ' +
    '(a single string where GLIDE takes a list, exec without raiseOnError, an un-awaited createClient, blocking ' +
    'commands under the default requestTimeout, customCommand where a typed method exists, publish in the ioredis ' +
    'argument order), each with line:column and a rule id. No findings means clean.',
  input,
  output: validationReportSchema,
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
  async run({ code, filename = 'snippet.ts' }) {
    const engine = await import('../../index.js');
    const refusal = snippetRefusal(code, limits);
    if (refusal) throw new engine.InvalidRequestError(refusal);
    if (path.basename(filename) !== filename) throw new engine.InvalidRequestError('`filename` names the snippet; it cannot hold a directory');
    const [report] = await engine.validate([{ file: path.join(process.cwd(), filename), text: code, cwd: process.cwd() }]);
    const lines = report.findings.map((finding) => `${finding.file}:${finding.line}:${finding.column}  ${finding.ruleId}  ${finding.message}`);
    return { structured: { ...report, findings: [...report.findings] }, text: [lines.length === 0 ? 'No problems.' : lines.join('\n')], isError: false };
  },
});
}
