/**
 * GitHub Actions workflow commands (`::error file=...,line=...,col=...,title=...::message`): each finding becomes an
 * annotation on the pull request's diff. Values are escaped as the runner requires (`%`, CR, LF, and in properties
 * `:` and `,`).
 */
import type { CheckFinding } from '../../check/finding.js';

const escapeData = (text: string) => text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
const escapeProperty = (text: string) => escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');

export function githubFormat(findings: readonly CheckFinding[]): string {
  return findings
    .map((finding) => {
      const properties = [`file=${escapeProperty(finding.file)}`, `line=${finding.line}`, `col=${finding.column}`, `title=${escapeProperty(finding.ruleId)}`];
      return `::${finding.severity === 'error' ? 'error' : 'warning'} ${properties.join(',')}::${escapeData(finding.message)}\n`;
    })
    .join('');
}
