/**
 * `explain` answers for every catalogue entry by each of its names, with GLIDE's signatures from the installed
 * declarations; a GLIDE method the codemod does not migrate is answered with the reason; an unknown name gets the
 * closest known names; a search lists the entries that mention its words.
 */
import { expect } from 'chai';
import { explain } from '../../../src/knowledge/explain.js';
import { explainInputSchema } from '../../../src/knowledge/explain-input.js';
import { COMMAND_CATALOGUE } from '../../../src/knowledge/commands/catalogue.js';
import { explainResultSchema } from '../../../src/knowledge/explain-result.js';

describe('explain', function () {
  this.timeout(30_000);

  it('answers for every catalogue entry by each of its names, with the signature of each GLIDE method', async function () {
    for (const entry of COMMAND_CATALOGUE) {
      const names = [entry.command, entry.command.toLowerCase(), ...entry.ioredis, ...(entry.ioredisBuffer ?? []), ...entry.nodeRedis, entry.glide, ...(entry.glideAlso ?? [])];
      for (const name of names) {
        const result = await explain({ name });
        expect(explainResultSchema.safeParse(result).success, `${name}: the answer fits the schema`).to.equal(true);
        expect(result.kind, name).to.equal('commands');
        if (result.kind !== 'commands') continue;
        const answer = result.commands.find((command) => command.command === entry.command);
        expect(answer, `${name} → ${entry.command}`).not.to.equal(undefined);
        expect(answer?.glide.map((method) => method.method), name).to.deep.equal([entry.glide, ...(entry.glideAlso ?? [])]);
        expect(answer?.glide.every((method) => method.signatures.length > 0), name).to.equal(true);
      }
    }
  });

  it('puts the Redis command a name spells first, then the commands it is a method of', async function () {
    const result = await explain({ name: 'set' });
    expect(result.kind).to.equal('commands');
    if (result.kind !== 'commands') return;
    expect(result.commands.map((command) => command.command)).to.deep.equal(['SET', 'SETEX', 'PSETEX', 'SETNX', 'GETSET']);
    expect(result.commands[0]).to.deep.include({ migration: { automatic: true, rule: 'set-options', ruleDocs: 'docs/rules/set-options.md' } });
  });

  it("answers node-redis' UPPERCASE aliases as the camelCase methods they are", async function () {
    const result = await explain({ name: 'LPOP_COUNT' });
    if (result.kind !== 'commands') throw new Error(result.kind);
    expect(result.commands.map((command) => command.command)).to.deep.equal(['LPOP']);
  });

  it('shows a before and an after from the golden fixtures', async function () {
    const result = await explain({ name: 'pfAdd' });
    if (result.kind !== 'commands') throw new Error(result.kind);
    const [example] = result.commands[0].examples.filter((candidate) => candidate.library === 'node-redis');
    expect(example.fixture).to.match(/^commands\/hyperloglog\//);
    expect(example.before).to.include('client.pfAdd(');
    expect(example.after).to.include('client.pfadd(');
  });

  it('answers a GLIDE method the codemod does not migrate with its signature and the reason', async function () {
    const result = await explain({ name: 'xadd' });
    expect(result).to.deep.include({ kind: 'glide-method', name: 'xadd', family: 'streams', glideInstalled: true });
    if (result.kind !== 'glide-method') return;
    expect(result.migration).to.deep.equal({ automatic: false, reason: 'streams: a later issue' });
    expect(result.glide?.signatures[0]).to.match(/^xadd\(key: GlideString/);
  });

  it('suggests the closest known names for an unknown one', async function () {
    expect(await explain({ name: 'zadd2' })).to.deep.equal({ kind: 'unknown', name: 'zadd2', suggestions: ['ZADD', 'SADD', 'xadd'] });
    expect(await explain({ name: 'nothing-like-this-at-all' })).to.deep.equal({ kind: 'unknown', name: 'nothing-like-this-at-all', suggestions: [] });
  });

  it('searches names and differences for every word', async function () {
    const result = await explain({ search: 'hyperloglog' });
    expect(result).to.deep.include({ kind: 'search' });
    if (result.kind !== 'search') return;
    expect(result.matches.map((match) => match.command)).to.deep.equal(['PFADD', 'PFCOUNT', 'PFMERGE']);
    const flags = await explain({ search: 'true / false expireOption' });
    if (flags.kind !== 'search') return;
    expect(flags.matches.map((match) => match.command)).to.deep.equal(['EXPIRE', 'PEXPIRE', 'EXPIREAT', 'PEXPIREAT']);
  });

  it('takes a name or a search, not both and not neither (one schema for every door)', function () {
    expect(explainInputSchema.safeParse({ name: 'get' }).success).to.equal(true);
    expect(explainInputSchema.safeParse({ search: 'score' }).success).to.equal(true);
    expect(explainInputSchema.safeParse({ name: 'get', search: 'score' }).success).to.equal(false);
    expect(explainInputSchema.safeParse({}).success).to.equal(false);
    expect(explainInputSchema.safeParse({ name: '  ' }).success).to.equal(false);
  });
});
