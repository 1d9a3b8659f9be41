/**
 * The catalogue against the installed `@valkey/valkey-glide` declarations: every method it names exists and takes
 * the call the migration writes, and every GLIDE method is either catalogued or excluded with a reason.
 */
import { expect } from 'chai';
import { COMMAND_CATALOGUE, type CommandEntry } from '../../../src/knowledge/commands/catalogue.js';
import { NOT_CATALOGUED } from '../../../src/knowledge/commands/not-catalogued.js';
import { catalogueDrift, uncataloguedMethods } from '../../helpers/catalogue-drift.js';
import { glideMethods } from '../../../src/knowledge/glide-declarations.js';
import * as glide from '@valkey/valkey-glide';

const base: CommandEntry = {
  command: 'PFADD',
  family: 'hyperloglog',
  glide: 'pfadd',
  ioredis: ['pfadd'],
  nodeRedis: ['pfAdd'],
  migration: { rule: 'boolean-reply-to-integer', parameters: 's', takes: 'member-list' },
};

describe('the command catalogue against the GLIDE declarations', function () {
  this.timeout(30_000);

  it('names only methods GLIDE has, each taking the call the migration writes', function () {
    expect(catalogueDrift(COMMAND_CATALOGUE, glideMethods())).to.deep.equal([]);
  });

  it('leaves out no GLIDE method without a reason, and excludes none it has or that does not exist', function () {
    expect(uncataloguedMethods(COMMAND_CATALOGUE, NOT_CATALOGUED, glideMethods())).to.deep.equal([]);
  });

  it('names for each keyword parameter a GLIDE enum whose members are those keywords, with the keywords as values', function () {
    const keywordEnums = COMMAND_CATALOGUE.flatMap((entry) =>
      entry.migration.rule === 'same-shape-commands' && entry.migration.keywordEnum ? [entry.migration.keywordEnum] : []);
    expect(keywordEnums).to.not.be.empty;
    for (const { name, members } of keywordEnums) {
      const exported = (glide as unknown as Record<string, Record<string, unknown> | undefined>)[name];
      // A keyword computed at run time is passed as it is, which is right only where each member's value is its name.
      expect(members.map((member) => exported?.[member]), name).to.deep.equal(members);
    }
  });

  it('fails on an entry that names a method GLIDE does not have', function () {
    const missing = { ...base, glide: 'pfAddMany', glideAlso: ['pfaddCount'] };
    expect(catalogueDrift([missing], glideMethods())).to.deep.equal([
      'PFADD: GLIDE has no method pfAddMany()',
      'PFADD: GLIDE has no method pfaddCount()',
    ]);
  });

  it('fails on an entry whose call shape the method cannot take', function () {
    const entries: CommandEntry[] = [
      { ...base, command: 'GET', glide: 'get', migration: { rule: 'same-shape-commands', parameters: 'sss' } },
      { ...base, command: 'STRLEN', glide: 'strlen', migration: { rule: 'variadic-arguments-to-array', leading: 0 } },
      { ...base, command: 'PERSIST', glide: 'persist', migration: { rule: 'boolean-reply-to-integer', parameters: 's', takes: 'member-list' } },
      { ...base, command: 'STRLEN', glide: 'strlen', ioredisBuffer: ['strlenBuffer'], migration: { rule: 'same-shape-commands', parameters: 's' } },
      { ...base, command: 'ZCARD', glide: 'zcard', migration: { rule: 'key-count-to-array', leading: 0, limit: false } },
      { ...base, command: 'LLEN', glide: 'llen', nodeRedisBuffers: 'call', migration: { rule: 'same-shape-commands', parameters: 's' } },
      { ...base, command: 'MGET', glide: 'mget', nodeRedisBuffers: 'call', migration: { rule: 'variadic-arguments-to-array', leading: 0 } },
    ];
    expect(catalogueDrift(entries, glideMethods())).to.deep.equal([
      'GET: takes 3 positional argument(s), which no signature of get() accepts',
      'STRLEN: passes a list after 0 argument(s), where strlen() takes none',
      'PERSIST: passes a member list at position 2, where persist() takes none',
      'STRLEN: passes { decoder } at position 2 for its Buffer twins, where strlen() takes no DecoderOption',
      'ZCARD: passes a key list after 0 argument(s), where zcard() takes none',
      "LLEN: passes { decoder } at position 2 for node-redis' per-call Buffer mapping, where llen() takes no DecoderOption",
      "MGET: proven for node-redis' per-call Buffer mapping, but migrated by variadic-arguments-to-array, not same-shape-commands",
    ]);
  });

  it('fails on a GLIDE method left out, and on an exclusion that is stale', function () {
    const withoutPfadd = COMMAND_CATALOGUE.filter((entry) => entry.glide !== 'pfadd');
    const problems = uncataloguedMethods(withoutPfadd, { ...NOT_CATALOGUED, pfAddMany: { reason: 'gone' }, get: { reason: 'listed twice' } }, glideMethods());
    expect(problems).to.deep.equal([
      'pfadd(): neither in the catalogue nor excluded with a reason',
      'pfAddMany(): excluded, but GLIDE has no such method',
      'get(): excluded, but the catalogue has it',
    ]);
  });
});
