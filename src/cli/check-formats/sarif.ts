/**
 * SARIF 2.1.0 for code scanning: one run of the tool, its rules (ids equal to the findings' rule ids, with their
 * docs pages where they have one), and a result per finding with its location and its fingerprint
 * (`partialFingerprints`), which survives lines moving.
 */
import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { CheckFinding } from '../../check/finding.js';

export interface SarifOptions {
  readonly version: string;
  /** The docs page of a rule, relative to the package (`docs/rules/<id>.md`), when it has one. */
  readonly helpOf: (ruleId: string) => string | undefined;
}

export function sarifFormat(findings: readonly CheckFinding[], options: SarifOptions): string {
  const ruleIds = [...new Set(findings.map((finding) => finding.ruleId))].sort();
  const rules = ruleIds.map((id): ReportingDescriptor => {
    const help = options.helpOf(id);
    return { id, name: id, ...(help ? { helpUri: help } : {}) };
  });
  const results = findings.map((finding): Result => ({
    ruleId: finding.ruleId,
    ruleIndex: ruleIds.indexOf(finding.ruleId),
    level: finding.severity === 'error' ? 'error' : 'warning',
    message: { text: finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: finding.file.split('\\').join('/') },
          region: { startLine: finding.line, startColumn: finding.column },
        },
      },
    ],
    partialFingerprints: { 'glideCodemod/v1': finding.fingerprint },
  }));
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'glide-codemod', version: options.version, rules } }, results }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
