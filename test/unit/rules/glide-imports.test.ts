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

  describe("imports from Node's own modules (Readable for a scan stream)", function () {
    const STREAM = "const stream = redis.scanStream({ match: 'k*' });\nstream.on('data', (keys) => console.log(keys));\n";

    it('requires it on its own line under the GLIDE require, in CommonJS', function () {
      const result = migrateSource('main.cjs', `const Redis = require('ioredis');\nconst redis = new Redis();\nasync function main() {\n${STREAM}}\nmain();\n`);
      const lines = result.after.split('\n');
      expect(lines.slice(0, 2)).to.deep.equal(["const { GlideClient, Logger } = require('@valkey/valkey-glide');", "const { Readable } = require('node:stream');"]);
      expect(result.edits.find((edit) => edit.summary.startsWith('imported'))?.summary).to.equal('imported GlideClient, Logger from @valkey/valkey-glide; Readable from node:stream');
    });

    it('imports it under the GLIDE import, in an ES module', function () {
      const result = migrateSource('main.mjs', `import Redis from 'ioredis';\nconst redis = new Redis();\n${STREAM}`);
      expect(result.after.split('\n').slice(0, 2)).to.deep.equal(["import { GlideClient, Logger } from '@valkey/valkey-glide';", "import { Readable } from 'node:stream';"]);
    });

    it("uses the file's own import of Node's Readable instead of importing it twice", function () {
      for (const own of ["const { Readable } = require('stream');", "const { Readable: Readable } = require('node:stream');"]) {
        const result = migrateSource('main.cjs', `const Redis = require('ioredis');\n${own}\nconst redis = new Redis();\nasync function main() {\n${STREAM}}\nmain();\n`);
        expect(result.after.match(/\bReadable\b.*require/g), result.after).to.have.length(1);
        expect(result.after).to.include('Readable.from(');
      }
      const imported = migrateSource('main.mjs', `import Redis from 'ioredis';\nimport { Readable } from 'stream';\nconst redis = new Redis();\n${STREAM}`);
      expect(imported.after.match(/import \{ Readable \}/g)).to.have.length(1);
      expect(imported.after).to.include('Readable.from(');
    });

    it('keeps the client as written where Readable names something else', function () {
      const result = migrateSource('main.mjs', `import Redis from 'ioredis';\nclass Readable {}\nconst redis = new Redis();\n${STREAM}`);
      expect(result.changed).to.equal(false);
      expect(result.blockers.map((blocker) => blocker.ruleId)).to.include('scan-cursors');
    });
  });
});
