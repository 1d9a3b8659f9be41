/** The plan from a dry run's report: commands by family, blockers with what to do instead, removable dependencies, steps. */
import { expect } from 'chai';
import { migrationPlan } from '../../../src/plan/migration-plan.js';
import type { MigrationReport } from '../../../src/engine/report/migration-report.js';

const report = (clients: MigrationReport['clients'], stillNeeded: MigrationReport['summary']['stillNeeded']): MigrationReport => ({
  written: false,
  partial: false,
  summary: { files: 2, changed: 1, unchanged: 1, skipped: 0, errors: 0, edits: 3, todos: 0, clients: { migrated: 1, blocked: 1 }, stillNeeded },
  clients,
  files: [],
});

const cache = { path: 'src/cache.ts', line: 3, column: 15, name: 'redis', library: 'ioredis' as const, topology: 'standalone' as const, status: 'migrated' as const, blockedBy: [], calls: { get: 2, set: 1, quit: 1, pfadd: 1 } };
const sessions = {
  path: 'src/sessions.js', line: 5, column: 7, name: 'client', library: 'node-redis' as const, topology: 'standalone' as const, status: 'blocked' as const,
  calls: { hSet: 1, sendCommand: 1 },
  blockedBy: [{ ruleId: 'client-escapes', path: 'src/sessions.js', line: 9, column: 3, message: 'the client is passed on here' }],
};

describe('plan: the migration inventory', function () {
  it('groups the commands each client uses by the catalogue’s families, with counts', function () {
    const [family] = migrationPlan(report([cache], []), ['src']).families;
    expect(family.commands).to.deep.equal([
      { family: 'connection and lifecycle', calls: [{ method: 'quit', count: 1 }] },
      { family: 'hyperloglog', calls: [{ method: 'pfadd', count: 1 }] },
      { family: 'strings', calls: [{ method: 'get', count: 2 }, { method: 'set', count: 1 }] },
    ]);
    expect(family.automatic).to.equal(true);
  });

  it('lists every blocking site with what to do instead, and keeps the libraries blocked clients still use', function () {
    const plan = migrationPlan(report([cache, sessions], ['node-redis']), ['src']);
    const [blocker] = plan.families[1].blockers;
    expect(blocker).to.include({ ruleId: 'client-escapes', path: 'src/sessions.js', line: 9 });
    expect(blocker.instead).to.match(/GLIDE-backed adapter/);
    expect(plan.families[1].commands.map((group) => group.family)).to.deep.equal(['hashes', 'raw commands']);
    expect(plan.removableDependencies).to.deep.equal(['ioredis']);
  });

  it('orders the steps: install, migrate what is automatic, resolve each blocked client, gate CI, compare runs, remove dependencies', function () {
    const steps = migrationPlan(report([cache, sessions], ['node-redis']), ['src']).steps;
    expect(steps).to.have.length(6);
    expect(steps[0]).to.equal('Add the GLIDE client to the project: npm install @valkey/valkey-glide');
    expect(steps[1]).to.match(/^Migrate the 1 client family whose every use is automatic: glide-codemod migrate src/);
    expect(steps[2]).to.match(/^Resolve what keeps `client` \(src\/sessions\.js:5\) on node-redis: 1 blocking site/);
    expect(steps[3]).to.match(/glide-codemod check src/);
    expect(steps[5]).to.equal('Remove the dependencies no client needs any more: npm uninstall ioredis');
  });
});
