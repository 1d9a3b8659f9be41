/**
 * Every name of every catalogue entry is proven live: some golden case of that source library calls it, and that
 * case runs its input and its migration against a real Valkey (it has an entry, is not partial, and keeps no
 * client as written). A command added to the catalogue without a tour fails here.
 */
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { COMMAND_CATALOGUE, sourceNamesOf, type CatalogueLibrary } from '../../src/knowledge/commands/catalogue.js';
import { findFixtureCases, listFiles } from '../golden/fixture-cases.js';

const LIBRARY_IMPORTS: Readonly<Record<CatalogueLibrary, RegExp>> = {
  ioredis: /from ['"]ioredis['"]|require\(['"]ioredis['"]\)/,
  'node-redis': /from ['"](redis|@redis\/client)['"]|require\(['"](redis|@redis\/client)['"]\)/,
};

/** The input files of every golden case that runs live and migrates completely. */
function liveInputs(): string[] {
  return findFixtureCases()
    .filter((fixture) => fixture.description.entry !== undefined && !fixture.description.partial && (fixture.description.blocked ?? []).length === 0)
    .flatMap((fixture) => listFiles(fixture.inputDirectory).map((file) => readFileSync(path.join(fixture.inputDirectory, file), 'utf8')));
}

describe('the command catalogue, proven live', function () {
  it('has every source method name of every entry called in a live golden case of its library', function () {
    const inputs = liveInputs();
    const unproven = COMMAND_CATALOGUE.flatMap((entry) =>
      (['ioredis', 'node-redis'] as const).flatMap((library) =>
        sourceNamesOf(entry, library)
          .filter((name) => !inputs.some((text) => LIBRARY_IMPORTS[library].test(text) && text.includes(`.${name}(`)))
          .map((name) => `${entry.command}: ${library} ${name}`),
      ),
    );
    expect(unproven).to.deep.equal([]);
  });
});
