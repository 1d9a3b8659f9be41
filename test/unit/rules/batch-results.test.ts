/**
 * The edges of batch-results that a runnable fixture does not show: where the migrated program could not note what
 * a batch queued in loops holds (a chain inside try, a node-redis multi sent again), and the names it notes it in,
 * which must not take one the code already uses.
 */
import { expect } from 'chai';
import { migrateSource } from '../../../src/index.js';

const IOREDIS = "import Redis from 'ioredis';\nconst redis = new Redis();\n";
const NODE_REDIS = "import { createClient } from 'redis';\nconst client = createClient();\nawait client.connect();\n";

function migrated(header: string, body: readonly string[], file = 'a.mjs') {
  return migrateSource(file, `${header}${body.join('\n')}\n`, { partial: true });
}

function batchProblems(header: string, body: readonly string[], file = 'a.mjs'): string[] {
  return migrated(header, body, file).diagnostics.filter((entry) => entry.ruleId === 'batch-results').map((entry) => entry.message);
}

describe('batch-results', function () {
  it('notes what a pipeline queued in a loop holds, under names the code does not use', function () {
    const body = ['const pipelineQueued = 1;', 'const pipeline = redis.pipeline();', "for (const k of ['a']) { pipeline.set(k, '1'); pipeline.expire(k, 60); }", 'console.log(pipelineQueued, await pipeline.exec());'];
    const output = migrated(IOREDIS, body).after;
    expect(output).to.contain('const pipelineQueued2 = [];');
    expect(output).to.contain("pipelineQueued2.push('expire');");
    expect(output).to.contain('pipelineQueued2.length > 0 ? redis.exec(pipeline, false) : Promise.resolve([])');
  });

  it('leaves a chain of several commands queued in a loop inside try, which may throw with some queued', function () {
    const body = ['const p = redis.pipeline();', "for (const k of ['a']) { try { p.set(k, '1').expire(k, 60); } catch (e) {} }", 'await p.exec();'];
    expect(batchProblems(IOREDIS, body).join('\n')).to.contain('in a chain of several calls inside a try block');
    const single = ['const p = redis.pipeline();', "for (const k of ['a']) { try { p.set(k, '1'); } catch (e) {} }", 'await p.exec();'];
    expect(batchProblems(IOREDIS, single)).to.deep.equal([]);
  });

  it("follows a batch into a TypeScript function whose parameter is typed as ioredis' batch, and types it Batch", function () {
    const header = "import Redis, { type ChainableCommander } from 'ioredis';\nconst redis = new Redis();\n";
    const body = ["function fill(b: ChainableCommander): void { b.set('a', '1'); }", 'const p = redis.pipeline();', 'fill(p);', 'await p.exec();'];
    const output = migrated(header, body, 'a.ts');
    expect(output.diagnostics).to.deep.equal([]);
    expect(output.after).to.contain('function fill(b: Batch): void');
    expect(output.after).not.to.contain('ChainableCommander');
  });

  it('leaves a batch passed to a TypeScript function whose parameter is typed otherwise, or held in a variable typed otherwise', function () {
    const header = "import Redis from 'ioredis';\nconst redis = new Redis();\n";
    const parameter = ["function fill(b: any): void { b.set('a', '1'); }", 'const p = redis.pipeline();', 'fill(p);', 'await p.exec();'];
    expect(batchProblems(header, parameter, 'a.ts').join('\n')).to.contain("typed otherwise than as the source client's batch");
    const variable = ['const p: any = redis.pipeline();', "p.set('a', '1');", 'await p.exec();'];
    expect(batchProblems(header, variable, 'a.ts').join('\n')).to.contain('in a variable typed otherwise than as the batch');
  });

  it('follows commands queued by a forEach callback, but not by an async one or another method\'s', function () {
    const sync = ['const p = redis.pipeline();', "['a'].forEach((k) => { p.set(k, '1'); });", 'await p.exec();'];
    expect(batchProblems(IOREDIS, sync)).to.deep.equal([]);
    const asynchronous = ['const p = redis.pipeline();', "['a'].forEach(async (k) => { p.set(k, '1'); });", 'await p.exec();'];
    expect(batchProblems(IOREDIS, asynchronous).join('\n')).to.contain('in another function than the one that started it');
    const mapped = ['const p = redis.pipeline();', "['a'].map((k) => { p.set(k, '1'); });", 'await p.exec();'];
    expect(batchProblems(IOREDIS, mapped).join('\n')).to.contain('in another function than the one that started it');
  });

  it('leaves a node-redis multi sent again whose commands are queued in loops and need noting', function () {
    const body = ['const m = client.multi();', "for (const k of ['a']) m.set(k, '1');", 'await m.execAsPipeline();', "for (const k of ['b']) m.set(k, '1');", 'await m.execAsPipeline();'];
    expect(batchProblems(NODE_REDIS, body).join('\n')).to.contain('sends again a multi');
  });
});
