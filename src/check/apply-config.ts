/** What a config does to a check's findings: per-rule severities (`off` drops them) and excluded files. */
import path from 'node:path';
import ignore from 'ignore';
import type { CheckConfig } from './config.js';
import type { CheckFinding } from './finding.js';

/** `cwd` is where the findings' paths are relative to; `directory` is the config's folder, where its patterns are. */
export function applyConfig(findings: readonly CheckFinding[], config: CheckConfig, directory: string, cwd: string): CheckFinding[] {
  const excluded = ignore().add(config.exclude ?? []);
  return findings.flatMap((finding) => {
    const severity = config.rules?.[finding.ruleId];
    if (severity === 'off') return [];
    const relative = path.relative(directory, path.resolve(cwd, finding.file)).split(path.sep).join('/');
    if (!relative.startsWith('..') && excluded.ignores(relative)) return [];
    return [severity ? { ...finding, severity } : finding];
  });
}
