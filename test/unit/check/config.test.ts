/**
 * The check config: found upward from the working directory, refused with the file and the problem when it is not
 * valid, applied as severities and exclusions; and its published JSON Schema names the same settings as the zod one.
 */
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkConfigSchema, findConfigFile, loadConfig } from '../../../src/check/config.js';
import { applyConfig } from '../../../src/check/apply-config.js';
import type { CheckFinding } from '../../../src/check/finding.js';
import { createTempProject, type TempProject } from '../../helpers/temp-project.js';

const SCHEMA_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../docs/glide-codemod.config.schema.json');
const finding = (ruleId: string, file: string): CheckFinding => ({ ruleId, severity: 'error', file, line: 1, column: 1, message: 'm', fingerprint: ruleId + file });

describe('check: glide-codemod.config.json', function () {
  let project: TempProject | undefined;
  afterEach(() => project?.remove());

  it('is found in the working directory or the nearest folder above it', function () {
    project = createTempProject({ 'glide-codemod.config.json': '{}', 'packages/api/src/a.js': '' });
    expect(findConfigFile(path.join(project.root, 'packages/api/src'))).to.equal(path.join(project.root, 'glide-codemod.config.json'));
  });

  it('is refused with the file and what is wrong: not JSON, an unknown setting, a wrong severity', function () {
    project = createTempProject({ 'a.json': '{ "rules": ', 'b.json': '{ "exlude": [] }', 'c.json': '{ "rules": { "client-blocked": "fatal" } }' });
    const problem = (file: string) => {
      try {
        loadConfig(path.join(project!.root, file));
        return 'loaded';
      } catch (error) {
        return (error as Error).message.replace(project!.root + path.sep, '');
      }
    };
    expect(problem('a.json')).to.match(/^a\.json: not JSON: /);
    expect(problem('b.json')).to.equal("b.json: the config: Unrecognized key(s) in object: 'exlude'");
    expect(problem('c.json')).to.match(/^c\.json: "rules\.client-blocked": Invalid enum value/);
  });

  it('drops the findings of rules set off and of excluded files, and sets the severity of the others', function () {
    const findings = [finding('client-blocked', 'src/a.js'), finding('unused-suppression', 'src/a.js'), finding('client-migratable', 'legacy/b.js'), finding('raw-commands', 'src/c.js')];
    const config = { rules: { 'unused-suppression': 'off' as const, 'raw-commands': 'warning' as const }, exclude: ['legacy/'] };
    expect(applyConfig(findings, config, '/repo', '/repo').map((entry) => `${entry.ruleId} ${entry.severity}`)).to.deep.equal(['client-blocked error', 'raw-commands warning']);
  });

  it('publishes a JSON Schema with the same settings as the zod schema', function () {
    const published = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as { properties: Record<string, unknown>; additionalProperties: boolean };
    expect(Object.keys(published.properties).sort()).to.deep.equal(Object.keys(checkConfigSchema.shape).sort());
    expect(published.additionalProperties).to.equal(false);
  });
});
