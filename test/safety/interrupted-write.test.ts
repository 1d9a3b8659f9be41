/**
 * Fault injection: `glide-codemod migrate --write` killed at random points of the write of a few hundred files.
 * After the next run (which finds the journal and finishes or undoes the write) every file is either as it was or
 * as an uninterrupted run writes it, all of them alike, and no staged file, backup or journal is left. Ctrl-C
 * (SIGINT) during the write stops it with exit 130 and leaves every original.
 */
import { expect } from 'chai';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CLI_ENTRY, runBuiltCli } from '../helpers/run-cli.js';
import { BACKUP_SUFFIX, JOURNAL_FILE, STAGING_SUFFIX } from '../../src/engine/write-journal.js';

const FILES = 400;

function sourceOf(index: number): string {
  return `import Redis from 'ioredis';\n\nconst redis = new Redis();\n\nexport async function forget${index}(user) {\n  return redis.del('visits:' + user, 'seen:' + user);\n}\n`;
}

function makeProject(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'glide-codemod-interrupted-'));
  writeFileSync(path.join(root, 'package.json'), '{ "type": "module" }\n');
  for (let index = 0; index < FILES; index += 1) writeFileSync(path.join(root, `m${index}.mjs`), sourceOf(index));
  return root;
}

function tree(root: string): Record<string, string> {
  return Object.fromEntries(readdirSync(root).sort().map((file) => [file, readFileSync(path.join(root, file), 'utf8')]));
}

/** Runs `migrate --write` and sends `signal` a random moment after its journal appears; resolves with the exit. */
function interruptedRun(root: string, signal: NodeJS.Signals, maxDelayMs: number): Promise<{ code: number | null; stderr: string; hit: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI_ENTRY, 'migrate', '--write', '--force', '.'], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let hit = false;
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const poll = setInterval(() => {
      if (hit || !existsSync(path.join(root, JOURNAL_FILE))) return;
      hit = true;
      setTimeout(() => child.kill(signal), Math.random() * maxDelayMs);
    }, 1);
    child.on('exit', (code) => {
      clearInterval(poll);
      resolve({ code, stderr, hit });
    });
  });
}

describe('a write interrupted at random points', function () {
  this.timeout(600_000);
  let template: string;
  let migrated: Record<string, string>;
  let original: Record<string, string>;
  const roots: string[] = [];

  before(function () {
    template = makeProject();
    roots.push(template);
    original = tree(template);
    const complete = mkdtempSync(path.join(os.tmpdir(), 'glide-codemod-complete-'));
    roots.push(complete);
    cpSync(template, complete, { recursive: true });
    expect(runBuiltCli(['migrate', '--write', '--force', '.'], complete).exitCode).to.equal(0);
    migrated = tree(complete);
    expect(migrated).to.not.deep.equal(original);
  });

  after(function () {
    for (const root of roots) rmSync(root, { recursive: true, force: true });
  });

  function copyOfTemplate(): string {
    const root = mkdtempSync(path.join(os.tmpdir(), 'glide-codemod-run-'));
    roots.push(root);
    cpSync(template, root, { recursive: true });
    return root;
  }

  function expectAllOldOrAllNew(root: string): 'old' | 'new' {
    const now = tree(root);
    const leftovers = Object.keys(now).filter((file) => file.endsWith(STAGING_SUFFIX) || file.endsWith(BACKUP_SUFFIX) || file.startsWith(JOURNAL_FILE));
    expect(leftovers, 'files of ours left behind').to.deep.equal([]);
    if (JSON.stringify(now) === JSON.stringify(original)) return 'old';
    expect(now, 'neither all old nor all new').to.deep.equal(migrated);
    return 'new';
  }

  it('SIGKILL: after the next run the tree is all old or all new, with nothing of ours left', async function () {
    const outcomes: string[] = [];
    for (let attempt = 0; attempt < 8; attempt += 1) {
      const root = copyOfTemplate();
      const run = await interruptedRun(root, 'SIGKILL', 60);
      const recovery = runBuiltCli(['migrate', '.'], root);
      expect(recovery.exitCode, recovery.stderr).to.equal(0);
      const state = expectAllOldOrAllNew(root);
      outcomes.push(`${run.hit ? 'killed' : 'finished'}:${state}${recovery.stderr.includes('interrupted') ? ':recovered' : ''}`);
    }
    // Most kills land in the write and are recovered; a run the kill missed simply finished.
    expect(outcomes.filter((outcome) => outcome.endsWith(':recovered')).length, outcomes.join(' ')).to.be.greaterThan(0);
  });

  it('SIGINT during the write stops with exit 130, and every original is kept', async function () {
    const codes: (number | null)[] = [];
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const root = copyOfTemplate();
      const run = await interruptedRun(root, 'SIGINT', 5);
      codes.push(run.code);
      const state = expectAllOldOrAllNew(root);
      if (run.code === 130) {
        expect(run.stderr).to.include('interrupted (SIGINT); nothing was written');
        expect(state).to.equal('old');
      } else {
        // The signal came after the last rename: the write was complete.
        expect([run.code, state]).to.deep.equal([0, 'new']);
      }
    }
    expect(codes, 'at least one signal landed in the write').to.include(130);
  });
});
