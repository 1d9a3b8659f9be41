/**
 * A defect inside the codemod fails the file it happened in, never the run: the file is reported as an error
 * naming the stage or rule, the other files are still migrated, and nothing is written.
 */
import { expect } from 'chai';
import { createTempProject } from '../../helpers/temp-project.js';
import { migrateProject } from '../../../src/engine/migrate-project.js';
import { RULES } from '../../../src/rules/registry.js';
import { defineCallRule } from '../../../src/engine/rewrite/rule.js';

const throwingRule = defineCallRule({
  id: 'throws-on-get',
  phase: 'commands',
  summary: 'a rule with a defect, for this test',
  clients: ['ioredis'],
  safety: 'exact',
  commands: { ioredis: ['get'] },
  apply() {
    throw new TypeError("Cannot read properties of undefined (reading 'indent')");
  },
});

describe('an internal error', function () {
  it('fails that file only, names the rule, and writes nothing', async function () {
    const broken = "import Redis from 'ioredis';\nconst redis = new Redis();\nconsole.log(await redis.get('k'));\nawait redis.quit();\n";
    const fine = "import Redis from 'ioredis';\nconst redis = new Redis();\nawait redis.set('k', 'v');\nawait redis.quit();\n";
    const project = createTempProject({ 'broken.mjs': broken, 'fine.mjs': fine });
    try {
      const { report } = await migrateProject({ paths: ['.'], cwd: project.root, write: true, rules: [throwingRule, ...RULES] });
      const [brokenReport, fineReport] = report.files;
      expect(brokenReport.status).to.equal('error');
      expect(brokenReport.error).to.deep.include({
        code: 'internal-error',
        message: "internal error in throws-on-get: Cannot read properties of undefined (reading 'indent')",
      });
      expect(brokenReport.error?.stack, 'the stack, for --debug').to.include('internal-error.test.ts');
      expect(fineReport.status).to.equal('changed');
      expect(report.written).to.equal(false);
      expect(project.read()).to.deep.equal({ 'broken.mjs': broken, 'fine.mjs': fine });
    } finally {
      project.remove();
    }
  });
});
