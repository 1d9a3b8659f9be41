/** `file:line:column  severity  rule-id  message`, one finding a line, then a count. */
import type { CheckFinding } from '../../check/finding.js';

export function textFormat(findings: readonly CheckFinding[], footer: string): string {
  const lines = findings.map((finding) => `${finding.file}:${finding.line}:${finding.column}  ${finding.severity}  ${finding.ruleId}  ${finding.message}`);
  return [...lines, footer].join('\n') + '\n';
}
