/**
 * Which files may await at module scope: the module system a file runs under, from its extension, its syntax and
 * the nearest package.json.
 */
import { expect } from 'chai';
import { detectModuleSystem } from '../../../src/engine/analyse/module-system.js';
import { parseSource } from '../../../src/engine/parse.js';

const esmSyntax = "import Redis from 'ioredis';\nexport const redis = new Redis();\n";

describe('detectModuleSystem', function () {
  it('takes TypeScript with import statements as CommonJS where no package.json says otherwise', function () {
    expect(detectModuleSystem(parseSource('a.ts', esmSyntax), 'none')).to.equal('commonjs');
    expect(detectModuleSystem(parseSource('a.ts', esmSyntax), 'commonjs')).to.equal('commonjs');
    expect(detectModuleSystem(parseSource('a.ts', esmSyntax), 'module')).to.equal('esm');
    expect(detectModuleSystem(parseSource('a.mts', esmSyntax), 'none')).to.equal('esm');
  });

  it('keeps JavaScript with import statements and no package.json an ES module, and a snippet nobody looked up', function () {
    expect(detectModuleSystem(parseSource('a.js', esmSyntax), 'none')).to.equal('esm');
    expect(detectModuleSystem(parseSource('a.ts', esmSyntax), undefined)).to.equal('esm');
    expect(detectModuleSystem(parseSource('a.js', "const Redis = require('ioredis');\n"), 'module')).to.equal('commonjs');
  });
});
