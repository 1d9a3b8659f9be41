/**
 * Tests for typeCheckFiles with real compiler runs. The temp files sit inside this repository (test/.tmp-typecheck-*)
 * because that is where fixtures live: module resolution must walk up to this repository's node_modules and
 * package.json ("type": "module") exactly as it will for fixtures/.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'chai';
import { TypeCheckSetupError, typeCheckFiles } from '../../helpers/type-check.js';

const TEST_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const WRONG = ['// a deliberate mistake on line 3', '', "const n: number = 'x';", 'console.log(n);', ''].join('\n');

const GLIDE_APP = [
  "import { GlideClient } from '@valkey/valkey-glide';",
  "import { Redis } from 'ioredis';",
  "import { createClient } from 'redis';",
  '',
  "const client = await GlideClient.createClient({ addresses: [{ host: '127.0.0.1', port: 6379 }] });",
  "await client.set('greeting', 'hello');",
  "const greeting = await client.get('greeting');",
  'console.log(greeting?.toString(), typeof Redis, typeof createClient);',
  'client.close();',
  '',
].join('\n');

const TOP_LEVEL_AWAIT = 'const value = await Promise.resolve(1);\nconsole.log(value);\nexport {};\n';

describe('typeCheckFiles', () => {
  let directory: string;
  let relativeDirectory: string;

  before(async () => {
    directory = await mkdtemp(path.join(TEST_ROOT, '.tmp-typecheck-'));
    relativeDirectory = path.relative(TEST_ROOT, directory).split(path.sep).join('/');
    await writeFile(path.join(directory, 'wrong.ts'), WRONG);
    await writeFile(path.join(directory, 'glide-app.ts'), GLIDE_APP);
    await writeFile(path.join(directory, 'bad-import.ts'), "import { NoSuchExport } from '@valkey/valkey-glide';\nconsole.log(NoSuchExport);\n");
    await writeFile(path.join(directory, 'uses-wrong.ts'), "import './wrong.js';\nexport const ok: string = 'fine';\n");
    await mkdir(path.join(directory, 'commonjs'));
    await writeFile(path.join(directory, 'commonjs', 'package.json'), '{ "type": "commonjs" }\n');
    await writeFile(path.join(directory, 'commonjs', 'top-level-await.ts'), TOP_LEVEL_AWAIT);
    await writeFile(path.join(directory, 'top-level-await.ts'), TOP_LEVEL_AWAIT);
  });

  after(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  it('reports a type error with its file, line, column, code and message', () => {
    const diagnostics = typeCheckFiles([path.join(directory, 'wrong.ts')], { cwd: TEST_ROOT });
    expect(diagnostics).to.deep.equal([
      {
        file: `${relativeDirectory}/wrong.ts`,
        line: 3,
        column: 7,
        code: 2322,
        message: "Type 'string' is not assignable to type 'number'.",
      },
    ]);
  });

  it('accepts a correct GLIDE app with top-level await, resolving glide, ioredis and redis from node_modules', () => {
    expect(typeCheckFiles(['glide-app.ts'], { cwd: directory })).to.deep.equal([]);
  });

  it('reports a missing export of @valkey/valkey-glide, which proves the real typings are read', () => {
    const diagnostics = typeCheckFiles(['bad-import.ts'], { cwd: directory });
    expect(diagnostics.map(({ file, line, column, code }) => ({ file, line, column, code }))).to.deep.equal([
      { file: 'bad-import.ts', line: 1, column: 10, code: 2305 },
    ]);
  });

  it('reports only the files asked for, not the files they import', () => {
    expect(typeCheckFiles(['uses-wrong.ts'], { cwd: directory })).to.deep.equal([]);
  });

  it("takes each file's module format from the nearest package.json, as Node does", () => {
    const diagnostics = typeCheckFiles(['top-level-await.ts', 'commonjs/top-level-await.ts'], { cwd: directory });
    expect(diagnostics).to.deep.equal([
      {
        file: 'commonjs/top-level-await.ts',
        line: 1,
        column: 15,
        code: 1309,
        message: "The current file is a CommonJS module and cannot use 'await' at the top level.",
      },
    ]);
  });

  it('throws a setup error instead of reporting nothing for a file that does not exist', () => {
    expect(() => typeCheckFiles(['missing.ts'], { cwd: directory }))
      .to.throw(TypeCheckSetupError)
      .with.property('message')
      .that.includes(`File '${path.join(directory, 'missing.ts')}' not found.`);
  });
});
