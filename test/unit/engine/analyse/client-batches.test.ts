/**
 * What the analysis finds of a batch that a fixture's output shows only as a whole: the commands ioredis' array
 * form lists (and which it leaves to a problem), the numbers `batch.length` reads, the commands of a transaction
 * held by the client (multi({ pipeline: false })), the sends of a node-redis multi sent again, and which queued
 * callbacks it takes.
 */
import { expect } from 'chai';
import { parseSource } from '../../../../src/engine/parse.js';
import { analyseFile } from '../../../../src/engine/analyse/analyse-file.js';
import { NO_PROJECT_FACTS, type ClientCall, type QueuedBatch } from '../../../../src/engine/analyse/types.js';

const IOREDIS = ["import Redis from 'ioredis';", 'const redis = new Redis();'];
const NODE_REDIS = ["import { createClient } from 'redis';", 'const client = createClient();'];

function analysed(lines: readonly string[]): ClientCall[] {
  return [...analyseFile(parseSource('main.mjs', [...lines, ''].join('\n')), NO_PROJECT_FACTS, 'module').calls];
}

/** The first batch of the file, and its parts as `role:method[:slot or size]`. */
function firstBatch(lines: readonly string[]): { batch: QueuedBatch; parts: string[] } {
  const calls = analysed(lines).filter((call) => call.batch);
  const batch = calls.find((call) => call.batch?.role === 'start')?.batch?.batch as QueuedBatch;
  const parts = calls
    .filter((call) => call.batch?.batch === batch && call.batch.role !== 'start')
    .sort((a, b) => a.line - b.line || a.column - b.column)
    .map((call) => {
      const part = call.batch!;
      const detail = part.role === 'entry' ? part.index : part.role === 'exec' ? part.size : undefined;
      return `${part.role}:${call.method}${detail === undefined ? '' : `:${detail}`}${part.role === 'entry' && part.callback ? ':callback' : ''}`;
    });
  return { batch, parts };
}

describe('analysis: batches', function () {
  describe("ioredis' array form", function () {
    it('lists each inner array as a call of the batch method it names, before the chained commands', function () {
      const { batch, parts } = firstBatch([...IOREDIS, "await redis.pipeline([['set', 'k', 'v'], ['incrby', 'k', 2]]).get('k').exec();"]);
      expect(batch.problem).to.equal(undefined);
      expect(batch.listed).to.not.equal(undefined);
      expect(parts).to.deep.equal(['entry:set:0', 'entry:incrby:1', 'entry:get:2', 'exec:exec:3']);
    });

    it('reports a command of the list at the place its array is written', function () {
      const calls = analysed([...IOREDIS, 'await redis.multi([', "  ['del', 'a'],", "  ['get', 'b'],", ']).exec();']);
      expect(calls.filter((call) => call.batch?.role === 'entry').map((call) => `${call.method}:${call.line}`)).to.deep.equal(['del:4', 'get:5']);
    });

    it('leaves a list computed at run time, a spread, a command named by a variable or in upper case, or options', function () {
      const problems = [
        'await redis.pipeline(commands).exec();',
        "await redis.pipeline([...commands, ['get', 'k']]).exec();",
        'await redis.pipeline([[name, "k"]]).exec();',
        "await redis.pipeline([['GET', 'k']]).exec();",
        "await redis.pipeline([['exec']]).exec();",
        "await redis.multi([['get', 'k']], { pipeline: true }).exec();",
      ].map((line) => firstBatch([...IOREDIS, 'const commands = [];', 'const name = "get";', line]).batch.problem);
      expect(problems.every((problem) => typeof problem === 'string')).to.equal(true);
      expect(problems[3]).to.contain("'GET'");
    });
  });

  describe("ioredis' batch.length", function () {
    it('counts the commands queued before each read; a transaction counts its MULTI, and its EXEC once sent', function () {
      const { batch } = firstBatch([
        ...IOREDIS,
        "const tx = redis.multi([['set', 'a', '1']]);",
        'console.log(tx.length);',
        "tx.get('a');",
        'console.log(tx.length);',
        'await tx.exec();',
        'console.log(tx.length);',
      ]);
      expect(batch.problem).to.equal(undefined);
      expect(batch.lengths?.map((read) => read.value)).to.deep.equal([2, 3, 4]);
    });

    it('counts a chain only counted, never sent, without taking its commands as calls', function () {
      const calls = analysed([...IOREDIS, "const n = redis.pipeline().set('a', '1').get('a').length;"]);
      const start = calls.find((call) => call.batch?.role === 'start')?.batch?.batch;
      expect(start?.problem).to.equal(undefined);
      expect(start?.lengths?.map((read) => read.value)).to.deep.equal([2]);
      expect(calls.filter((call) => call.batch && call.batch.role !== 'start')).to.deep.equal([]);
    });

    it('leaves a length read after a command queued in a loop, or one written', function () {
      const looped = firstBatch([...IOREDIS, 'const p = redis.pipeline();', "for (const k of ['a']) p.get(k);", 'console.log(p.length);', 'await p.exec();']);
      const written = firstBatch([...IOREDIS, "const p = redis.pipeline().get('a');", 'p.length = 0;', 'await p.exec();']);
      expect(looped.batch.problem).to.match(/length is read in a loop or a branch/);
      expect(written.batch.problem).to.match(/length is written/);
    });
  });

  describe('callbacks of queued commands', function () {
    it('takes a function written in place at a known slot of an ioredis pipeline, and reads the exec for it', function () {
      const calls = analysed([...IOREDIS, "await redis.pipeline().set('a', '1', (err, reply) => {}).get('a').exec();"]);
      const exec = calls.find((call) => call.batch?.role === 'exec');
      expect(calls.filter((call) => call.batch?.role === 'entry' && call.batch.callback).map((call) => call.method)).to.deep.equal(['set']);
      expect(exec?.resultUse.used).to.equal(true);
    });

    it('takes one given in a transaction in straight-line code, after a loop too (its slot is not needed)', function () {
      const chained = firstBatch([...IOREDIS, "await redis.multi().set('a', '1', (err, reply) => {}).exec();"]).batch;
      const afterLoop = firstBatch([...IOREDIS, 'const t = redis.multi();', "for (const k of ['a']) t.get(k);", "t.set('b', '1', (err) => {});", 'await t.exec();']).batch;
      expect([chained.problem, afterLoop.problem]).to.deep.equal([undefined, undefined]);
    });

    it('leaves one given by name, after a command queued in a loop of a pipeline, or in a loop of a transaction', function () {
      const byName = firstBatch([...IOREDIS, 'function done(err, reply) {}', "await redis.pipeline().set('a', '1', done).exec();"]).batch.problem;
      const afterLoop = firstBatch([...IOREDIS, 'const p = redis.pipeline();', "for (const k of ['a']) p.get(k);", "p.set('b', '1', (err) => {});", 'await p.exec();']).batch.problem;
      const inLoop = firstBatch([...IOREDIS, 'const t = redis.multi();', "for (const k of ['a']) t.set(k, '1', (err) => {});", 'await t.exec();']).batch.problem;
      expect(byName).to.contain('given by name');
      expect(afterLoop).to.contain('its place in the batch');
      expect(inLoop).to.contain('cannot be declared before the exec');
    });
  });

  describe("ioredis' multi({ pipeline: false })", function () {
    it('takes the calls on the client standing one per statement up to exec() as the transaction commands', function () {
      const { batch, parts } = firstBatch([
        ...IOREDIS,
        'await redis.multi({ pipeline: false });',
        "await redis.set('a', '1');",
        'console.log("between");',
        "const queued = await redis.incr('a');",
        "redis.expire('a', 60);",
        'const replies = await redis.exec();',
        "await redis.get('a');",
      ]);
      expect(batch.problem).to.equal(undefined);
      expect(batch.clientHeld?.name).to.equal('transaction');
      expect(parts).to.deep.equal(['entry:set:0', 'entry:incr:1', 'entry:expire:2', 'exec:exec:3']);
    });

    it('leaves one whose commands stand in a branch or two to a statement, whose OK is read, or with no exec', function () {
      const cases = [
        ["await redis.multi({ pipeline: false });", "if (true) await redis.set('a', '1');", 'await redis.exec();'],
        ["await redis.multi({ pipeline: false });", "await Promise.all([redis.set('a', '1'), redis.set('b', '2')]);", 'await redis.exec();'],
        ["const ok = await redis.multi({ pipeline: false });", "await redis.set('a', '1');", 'await redis.exec();'],
        ["await redis.multi({ pipeline: false });", "await redis.set('a', '1');"],
        ["await redis.multi({ pipeline: false });", "await redis.zrange('z', 0, -1, 'WITHSCORES');", 'await redis.exec();'],
      ].map((lines) => firstBatch([...IOREDIS, ...lines]).batch.problem);
      expect(cases.every((problem) => typeof problem === 'string')).to.equal(true);
      expect(cases[4]).to.contain('reshapes its reply');
    });
  });

  describe('a pipeline all of whose commands are queued in loops or branches', function () {
    it('notes the statement declaring it and each statement queuing a command, once for a chain', function () {
      const { batch } = firstBatch([
        ...IOREDIS,
        'const p = redis.pipeline();',
        "for (const id of ['a']) p.hgetall(id).expire(id, 1);",
        "if (Date.now() > 0) { p.get('k'); }",
        'await p.exec();',
      ]);
      expect(batch.problem).to.equal(undefined);
      expect(batch.mayBeEmpty).to.equal(true);
      expect(batch.unknownSlotQueuing?.name).to.equal('p');
      expect(batch.unknownSlotQueuing?.declaration.node.type).to.equal('VariableDeclaration');
      expect(batch.unknownSlotQueuing?.statements.map(({ statement }) => (statement.node as { loc?: { start: { line: number } } }).loc?.start.line)).to.deep.equal([4, 5]);
    });

    it('leaves one queued inside an expression; a transaction, or a pipeline queuing one in straight-line code first, may not be empty', function () {
      const lines = (queue: string, start = 'redis.pipeline()') => [...IOREDIS, `const p = ${start};`, queue, 'await p.exec();'];
      expect(firstBatch(lines("for (const id of ['a']) id && p.get(id);")).batch.problem).to.contain('inside an expression');
      const transaction = firstBatch(lines("for (const id of ['a']) p.get(id);", 'redis.multi()')).batch;
      const pingFirst = firstBatch(lines("p.ping(); for (const id of ['a']) p.get(id);")).batch;
      expect([transaction.mayBeEmpty, pingFirst.mayBeEmpty]).to.deep.equal([undefined, undefined]);
      // The statements queuing at slots the code does not tell are still noted, from the first of them on.
      expect(pingFirst.unknownSlotQueuing?.statements.map(({ statement }) => statement.node.type)).to.deep.equal(['ExpressionStatement']);
    });
  });

  describe('a batch passed to a function of the module', function () {
    const passed = (helper: string, call = 'fill(p);') => firstBatch([...IOREDIS, helper, 'const p = redis.multi();', call, 'await p.exec();']);

    it("takes the function's commands as the batch's, at unknown slots, noted at the call where it queues them all", function () {
      const { batch, parts } = passed("function fill(b) { b.set('a', '1').get('a'); b.incr('n'); }", "p.ping(); fill(p); fill(p);");
      expect(batch.problem).to.equal(undefined);
      expect(parts).to.deep.equal(['entry:set', 'entry:get', 'entry:incr', 'entry:ping:0', 'exec:exec']);
      expect(batch.unknownSlotQueuing?.statements.map(({ commands }) => commands.length)).to.deep.equal([3, 3]);
    });

    it('does not note the call of a function that may return before queuing, or that queues in a branch', function () {
      expect(passed("function fill(b) { if (!b) return; b.set('a', '1'); }").batch.unknownSlotQueuing).to.equal(undefined);
      expect(passed("function fill(b) { if (b) b.set('a', '1'); }").batch.unknownSlotQueuing).to.equal(undefined);
    });

    it('leaves a function async, declared twice, with a typed or destructured parameter, or one that sends, keeps or passes the batch on', function () {
      const problems = [
        passed("async function fill(b) { b.set('a', '1'); }"),
        passed("var fill = function (b) { b.set('a', '1'); };"),
        passed("function fill({ b }) { b.set('a', '1'); }"),
        passed('function fill(b) { b.exec(); }'),
        passed("function fill(b) { setTimeout(() => b.set('a', '1')); }"),
        passed('function fill(b) { return b; }'),
        passed("function fill(b) { b.set('a', '1'); }", 'const same = fill(p);'),
        passed("function fill(b) { b.set('a', '1'); }", "fill(p); fill(redis);"),
      ].map(({ batch }) => batch.problem);
      expect(problems.every((problem) => typeof problem === 'string' && problem.includes('passed to fill()'))).to.equal(true);
    });
  });

  describe('a node-redis multi sent again', function () {
    it('gives each send the number of commands it sends', function () {
      const { batch, parts } = firstBatch([
        ...NODE_REDIS,
        "const multi = client.multi().set('a', '1');",
        'await multi.exec();',
        "await multi.get('a').execTyped();",
      ]);
      expect(batch.problem).to.equal(undefined);
      expect(parts).to.deep.equal(['entry:set:0', 'exec:exec:1', 'entry:get:1', 'exec:execTyped:2']);
    });

    it('leaves one sent both as a transaction and as a pipeline, and an ioredis batch sent again', function () {
      const mixed = firstBatch([...NODE_REDIS, "const multi = client.multi().set('a', '1');", 'await multi.exec();', 'await multi.execAsPipeline();']).batch.problem;
      const ioredis = firstBatch([...IOREDIS, "const p = redis.pipeline().set('a', '1');", 'await p.exec();', 'await p.exec();']).batch.problem;
      expect(mixed).to.contain('both as a transaction and as a pipeline');
      expect(ioredis).to.contain('used again after it was sent');
    });
  });
});
