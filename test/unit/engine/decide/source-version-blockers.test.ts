/** node-redis clients are blockers where the file runs with node-redis 4; nothing else is. */
import { expect } from 'chai';
import { sourceVersionBlockers } from '../../../../src/engine/decide/source-version-blockers.js';
import type { ClientRecord } from '../../../../src/engine/decide/client-records.js';

const record = (id: number, library: ClientRecord['library']): ClientRecord => ({
  id, name: `c${id}`, library, topology: 'standalone', calls: [], line: id, column: 6, created: true, flowsInto: [], links: [], blocked: false,
});
const clients = [record(1, 'node-redis'), record(2, 'ioredis'), record(3, 'node-redis')];
const version = (major: number, installed = true) => ({ 'node-redis': { major, version: `${major}.1.0`, source: 'node_modules/redis/package.json', installed } });

describe('source version blockers', function () {
  it('blocks every node-redis client where node-redis 4 runs, naming the version and where it was found', function () {
    const blockers = sourceVersionBlockers(clients, version(4));
    expect(blockers.map((blocker) => [blocker.client, blocker.ruleId, blocker.line])).to.deep.equal([[1, 'node-redis-version', 1], [3, 'node-redis-version', 3]]);
    expect(blockers[0].message).to.match(/^node-redis 4 is installed here \(4\.1\.0, node_modules\/redis\/package\.json\)/);
    expect(sourceVersionBlockers(clients, { 'node-redis': { ...version(4)['node-redis'], installed: false, version: '^4.6.0', source: '../package.json' } })[0].message).to.match(/^node-redis 4 is what \.\.\/package\.json asks for \(\^4\.6\.0\)/);
  });

  it('blocks nothing for node-redis 5 and later, or where no version was found', function () {
    expect(sourceVersionBlockers(clients, version(5))).to.deep.equal([]);
    expect(sourceVersionBlockers(clients, version(6))).to.deep.equal([]);
    expect(sourceVersionBlockers(clients, {})).to.deep.equal([]);
  });
});
