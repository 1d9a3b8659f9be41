/**
 * glide-imports under a file header: the header (block or line comments, after a directive or not, CommonJS or
 * ES module) stays above the GLIDE import exactly as written. The CommonJS cases used to crash the printer.
 */
import { expect } from 'chai';
import { migrateSource } from '../../../src/index.js';

const BODY = [
  'const redis = new Redis({ host: process.env.VALKEY_HOST, port: Number(process.env.VALKEY_PORT) });',
  "async function main() { await redis.set('k', 'v'); console.log(await redis.get('k')); await redis.quit(); }",
  'main();',
  '',
].join('\n');

const HEADERS = {
  'a block comment of several lines': '/*\n * Copyright the authors.\n * Licensed under the Apache License, Version 2.0.\n */\n',
  'line comments': '// Copyright the authors.\n// Licensed under the Apache License, Version 2.0.\n',
  'line comments after a directive': "'use strict';\n// Counts visits.\n// One client per module.\n",
  'a header and a blank line': '/*\n * Copyright the authors.\n */\n\n',
};

describe('glide-imports', function () {
  for (const [name, header] of Object.entries(HEADERS)) {
    it(`replaces a require under ${name}, keeping the header as written`, function () {
      const result = migrateSource('main.js', `${header}const Redis = require('ioredis');\n${BODY}`);
      expect(result.after.startsWith(`${header}const { GlideClient, Logger } = require('@valkey/valkey-glide');\n`)).to.equal(true, result.after);
    });

    it(`replaces an import under ${name} in an ES module, keeping the header as written`, function () {
      const result = migrateSource('main.mjs', `${header}import Redis from 'ioredis';\n${BODY}`);
      // A built import with the header's comments is laid out as new code: recast may add blank lines around
      // the header (not yet like the user's code), but every line of it stays as written, above the import.
      const lines = result.after.split('\n').filter((line) => line !== '');
      const headerLines = header.split('\n').filter((line) => line !== '');
      expect(lines.slice(0, headerLines.length + 1)).to.deep.equal([...headerLines, "import { GlideClient, Logger } from '@valkey/valkey-glide';"]);
    });
  }

  it('names the replaced require in the report', function () {
    const result = migrateSource('main.js', `/*\n * Header\n */\nconst Redis = require('ioredis');\n${BODY}`);
    const edit = result.edits.find((entry) => entry.summary.startsWith('imported'));
    expect(edit).to.include({ line: 4, column: 1 });
  });
});
