/**
 * The catalogue and the rules agree: each entry is migrated by a registered command rule, and each command rule
 * migrates exactly the source methods the catalogue gives it; no source method or Redis command is listed twice.
 */
import { expect } from 'chai';
import { COMMAND_CATALOGUE, commandNamesMigratedBy, sourceNamesOf } from '../../src/knowledge/commands/catalogue.js';
import { COMMAND_RULES } from '../../src/rules/registry.js';
import type { CallRule } from '../../src/engine/rewrite/rule.js';
import type { CommandMigration } from '../../src/knowledge/commands/types.js';

const sorted = (names: readonly string[] | undefined) => [...(names ?? [])].sort();

describe('the command catalogue and the command rules', function () {
  it('gives every entry to a registered command rule', function () {
    const ids = new Set(COMMAND_RULES.map((rule) => rule.id));
    const unknown = COMMAND_CATALOGUE.filter((entry) => !ids.has(entry.migration.rule)).map((entry) => `${entry.command}: ${entry.migration.rule}`);
    expect(unknown).to.deep.equal([]);
  });

  it('lists, for each command rule, exactly the source methods the rule migrates', function () {
    for (const rule of COMMAND_RULES as readonly CallRule[]) {
      const fromCatalogue = commandNamesMigratedBy(rule.id as CommandMigration['rule']);
      const commands = rule.commands === 'unclaimed' ? {} : rule.commands;
      expect(sorted(commands.ioredis), `${rule.id}, ioredis`).to.deep.equal(sorted(fromCatalogue.ioredis));
      expect(sorted(commands['node-redis']), `${rule.id}, node-redis`).to.deep.equal(sorted(fromCatalogue['node-redis']));
    }
  });

  it('lists each Redis command once, and each source method under one command', function () {
    const commands = COMMAND_CATALOGUE.map((entry) => entry.command);
    expect(commands.filter((command, index) => commands.indexOf(command) !== index)).to.deep.equal([]);
    for (const library of ['ioredis', 'node-redis'] as const) {
      // ioredis' one method for a container command's subcommands (config('GET' | 'SET', ...)) counts once per subcommand.
      const names = COMMAND_CATALOGUE.flatMap((entry) =>
        sourceNamesOf(entry, library).map((name) => (library === 'ioredis' && entry.ioredisSubcommand ? `${name} ${entry.ioredisSubcommand}` : name)),
      );
      expect(names.filter((name, index) => names.indexOf(name) !== index), library).to.deep.equal([]);
    }
  });
});
