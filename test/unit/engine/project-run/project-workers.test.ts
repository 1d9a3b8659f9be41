/**
 * A project run shared out to worker threads gives the report and the diff of the run in this thread, byte for
 * byte: on the app fixtures, and on a generated project whose clients cross modules and where a blocked client
 * reaches other files. A file's syntax error and a rule's defect stay that file's error report under threads;
 * a cancelled run writes nothing (and the next run is whole); the built package's threads load as the sources' do.
 */
import { expect } from 'chai';
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { migrateProject as migrateWithRules, type ProjectMigration } from '../../../../src/engine/migrate-project.js';
import { migrateProject } from '../../../../src/index.js';
import { RULES } from '../../../../src/rules/registry.js';
import { createTempProject, type TempProject } from '../../../helpers/temp-project.js';
import { clientFlowProject } from './client-flow-project.js';
import { THROWING_RULE } from './throwing-rule.js';

const ROOT = path.resolve(fileURLToPath(import.meta.url), '../../../../..');
const APPS = path.join(ROOT, 'fixtures/apps');
const bytesOf = ({ report, diff }: Pick<ProjectMigration, 'report' | 'diff'>) => `${JSON.stringify(report, null, 2)}\n${diff}`;

describe('project runs on worker threads', function () {
  this.timeout(180_000);
  let project: TempProject | undefined;
  afterEach(() => project?.remove());

  it('report and diff are those of the run in this thread, on the app fixtures', async function () {
    // All apps in one run (each app's modules only reach each other), so the threads start once.
    const paths = readdirSync(APPS).filter((app) => existsSync(path.join(APPS, app, 'input'))).map((app) => `${app}/input`);
    const single = await migrateProject({ paths, cwd: APPS, workers: 1 });
    expect(single.report.summary.changed).to.be.greaterThan(30);
    const threaded = await migrateProject({ paths, cwd: APPS, workers: 3 });
    expect(bytesOf(threaded)).to.equal(bytesOf(single));
  });

  it('same bytes with 1, 2 and 3 workers where clients cross modules and a blocked one reaches other files', async function () {
    project = createTempProject(clientFlowProject(24));
    const single = await migrateProject({ paths: ['.'], cwd: project.root, workers: 1, partial: false });
    // The project does what it is for: one client migrated across its modules, one blocked in every file it reaches.
    expect(single.report.summary).to.include({ changed: 17, errors: 0 });
    expect(single.report.summary.clients).to.deep.equal({ migrated: 1, blocked: 1 });
    const blocked = single.report.clients.find((client) => client.status === 'blocked');
    expect(blocked?.name).to.equal('audit');
    expect(single.report.files.filter((file) => file.path.startsWith('src/features/') && file.status === 'unchanged')).to.have.length(8);
    for (const workers of [2, 3]) {
      const threaded = await migrateProject({ paths: ['.'], cwd: project.root, workers });
      expect(bytesOf(threaded), `${workers} workers`).to.equal(bytesOf(single));
    }
    const partial = await migrateProject({ paths: ['.'], cwd: project.root, workers: 1, partial: true });
    expect(bytesOf(await migrateProject({ paths: ['.'], cwd: project.root, workers: 2, partial: true }))).to.equal(bytesOf(partial));
  });

  it('a syntax error fails that file under workers too, and nothing is written', async function () {
    const files = { ...clientFlowProject(6), 'src/features/broken.ts': "import Redis from 'ioredis';\nconst redis = new Redis(;\n" };
    project = createTempProject(files);
    const single = await migrateProject({ paths: ['.'], cwd: project.root, workers: 1, write: true });
    const threaded = await migrateProject({ paths: ['.'], cwd: project.root, workers: 2, write: true });
    expect(bytesOf(threaded)).to.equal(bytesOf(single));
    expect(threaded.report.written).to.equal(false);
    const broken = threaded.report.files.find((file) => file.path === 'src/features/broken.ts');
    expect(broken?.status).to.equal('error');
    expect(broken?.error).to.include({ code: 'parse-error', line: 2 });
    expect(project.read()).to.deep.equal(files);
  });

  it("a rule's defect in a thread fails that file as an internal error naming the rule", async function () {
    const files = { 'broken.mjs': "import Redis from 'ioredis';\nconst redis = new Redis();\nconsole.log(await redis.get('k'));\n", 'fine.mjs': "import Redis from 'ioredis';\nconst redis = new Redis();\nawait redis.set('k', 'v');\n" };
    project = createTempProject(files);
    const workerEntry = new URL('./throwing-rule-worker.ts', import.meta.url);
    const rules = [THROWING_RULE, ...RULES];
    const threaded = await migrateWithRules({ paths: ['.'], cwd: project.root, write: true, rules, workerEntry, workers: 2 });
    const single = await migrateWithRules({ paths: ['.'], cwd: project.root, write: true, rules, workers: 1 });
    const [broken, fine] = threaded.report.files;
    expect(broken.error?.message).to.equal("internal error in throws-on-get: Cannot read properties of undefined (reading 'indent')");
    expect(broken.error?.stack).to.include('throwing-rule.ts');
    expect(fine.status).to.equal('changed');
    const withoutStacks = (migration: ProjectMigration) => JSON.stringify(migration.report, (key, value: unknown) => (key === 'stack' ? undefined : value));
    expect(withoutStacks(threaded)).to.equal(withoutStacks(single));
    expect(project.read()).to.deep.equal(files);
  });

  it('a run cancelled while its threads work writes nothing, at any point', async function () {
    const files = clientFlowProject(30);
    for (const when of ['at once', 'first progress', 'half-way'] as const) {
      project = createTempProject(files);
      const controller = new AbortController();
      if (when === 'at once') setTimeout(() => controller.abort(new Error('stop')), 0);
      const run = migrateProject({
        paths: ['.'],
        cwd: project.root,
        write: true,
        workers: 2,
        signal: controller.signal,
        onProgress: (done, total) => {
          if ((when === 'first progress' && done === 1) || (when === 'half-way' && done >= total / 2)) controller.abort(new Error('stop'));
        },
      });
      const outcome = await run.then(() => 'finished', (error: unknown) => String(error));
      expect(outcome, when).to.equal('Error: stop');
      expect(project.read(), when).to.deep.equal(files);
      // The next run (on the threads kept from before, or new ones where a cancelled one was ended) is whole.
      const after = await migrateProject({ paths: ['.'], cwd: project.root, workers: 2 });
      expect(bytesOf(after), when).to.equal(bytesOf(await migrateProject({ paths: ['.'], cwd: project.root, workers: 1 })));
      project.remove();
    }
    project = undefined;
  });

  it('the built package starts its threads from dist/ and gives the same bytes', async function () {
    const entry = path.join(ROOT, 'dist/src/index.js');
    if (!existsSync(entry)) throw new Error(`${entry} is missing: run \`npm run build\` before this suite`);
    project = createTempProject(clientFlowProject(9));
    const script = path.join(project.root, 'run-built.mjs');
    writeFileSync(script, `const { migrateProject } = await import(${JSON.stringify(pathToFileURL(entry).href)});\nconst m = await migrateProject({ paths: ['src'], cwd: ${JSON.stringify(project.root)}, workers: 2 });\nprocess.stdout.write(JSON.stringify({ report: m.report, diff: m.diff }));\n`);
    const { stdout } = await promisify(execFile)(process.execPath, [script], { cwd: ROOT, maxBuffer: 1 << 24 });
    const built = JSON.parse(stdout) as Pick<ProjectMigration, 'report' | 'diff'>;
    expect(bytesOf(built)).to.equal(bytesOf(await migrateProject({ paths: ['src'], cwd: project.root, workers: 1 })));
    expect(built.report.summary.changed).to.be.greaterThan(0);
  });
});
