/**
 * The node-redis a file runs with: the copy installed where Node would find it, else the range the nearest
 * package.json naming it asks for.
 */
import { expect } from 'chai';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createSourceVersionLookup, majorOf } from '../../../src/engine/source-versions.js';

describe('source client versions', function () {
  let root: string;
  const write = (file: string, content: object) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), JSON.stringify(content));
  };
  beforeEach(function () {
    root = mkdtempSync(path.join(tmpdir(), 'glide-codemod-versions-'));
  });
  afterEach(function () {
    rmSync(root, { recursive: true, force: true });
  });

  it('reads the node-redis installed in a parent folder, before any declared range', function () {
    write('package.json', { dependencies: { redis: '^5.0.0' } });
    write('node_modules/redis/package.json', { name: 'redis', version: '4.7.1' });
    const versions = createSourceVersionLookup()(path.join(root, 'src/lib/cache.js'));
    expect(versions['node-redis']).to.deep.equal({ major: 4, version: '4.7.1', source: '../../node_modules/redis/package.json', installed: true });
  });

  it("counts @redis/client 1.x as node-redis 4", function () {
    write('node_modules/@redis/client/package.json', { name: '@redis/client', version: '1.6.0' });
    expect(createSourceVersionLookup()(path.join(root, 'main.js'))['node-redis']).to.include({ major: 4, installed: true });
  });

  it('takes the range of the nearest package.json naming redis where none is installed', function () {
    write('package.json', { devDependencies: { redis: '~4.6.7' } });
    write('packages/app/package.json', { name: 'app', dependencies: { express: '^4.0.0' } });
    const versions = createSourceVersionLookup()(path.join(root, 'packages/app/index.js'));
    expect(versions['node-redis']).to.deep.equal({ major: 4, version: '~4.6.7', source: '../../package.json', installed: false });
  });

  it('knows nothing where no version is found or a range names none', function () {
    expect(createSourceVersionLookup()(path.join(root, 'main.js'))).to.deep.equal({});
    write('package.json', { dependencies: { redis: 'latest' } });
    expect(createSourceVersionLookup()(path.join(root, 'main.js'))).to.deep.equal({});
  });

  it('reads the lowest major a version or range allows', function () {
    expect(['4.7.1', '^4.6.0', '~4.6.7', '4.x', '>=4 <6', '=4.0.0', 'v5.1.0', '6', '^4 || ^5'].map(majorOf)).to.deep.equal([4, 4, 4, 4, 4, 4, 5, 6, 4]);
    expect(['latest', '*', '', 'github:redis/node-redis', 'npm:redis@4', 'workspace:*'].map(majorOf)).to.deep.equal([undefined, undefined, undefined, undefined, undefined, undefined]);
  });
});
