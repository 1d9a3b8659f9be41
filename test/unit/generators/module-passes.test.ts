/** The tree passes that give the JavaScript and CommonJS variants of a TypeScript ES module template. */
import { expect } from 'chai';
import { renderModule } from '../../../src/generators/render-module.js';
import { CommonJsConversionError } from '../../../src/generators/to-commonjs.js';
import { TypeStrippingError } from '../../../src/generators/strip-types.js';

const TEMPLATE = `import { randomBytes } from 'node:crypto';
import { Script, type GlideClient } from '@valkey/valkey-glide';
import type { Decoder } from '@valkey/valkey-glide';

export interface Lock {
  readonly key: string;
}

type Token = string;

export const NAME = 'x';

/** Kept. */
export async function acquire(client: GlideClient, resource?: string): Promise<Lock | null> {
  const token = randomBytes(4).toString('hex') as Token;
  const script = new Script('return 1');
  return (await client.invokeScript(script, { keys: [resource!] })) === 1 ? ({ key: token } satisfies Lock) : null;
}
`;

describe('module variants', function () {
  it('keeps the TypeScript ES module as written', function () {
    expect(renderModule('lock', TEMPLATE, {}, { language: 'ts', moduleSystem: 'esm' })).to.deep.equal({ path: 'lock.ts', text: TEMPLATE });
  });

  it('strips every type for JavaScript, keeping the comments', function () {
    const { path, text } = renderModule('lock', TEMPLATE, {}, { language: 'js', moduleSystem: 'esm' });
    expect(path).to.equal('lock.js');
    expect(text).to.equal(`import { randomBytes } from 'node:crypto';
import { Script } from '@valkey/valkey-glide';

export const NAME = 'x';

/** Kept. */
export async function acquire(client, resource) {
  const token = randomBytes(4).toString('hex');
  const script = new Script('return 1');
  return (await client.invokeScript(script, { keys: [resource] })) === 1 ? ({ key: token }) : null;
}
`);
  });

  it('turns imports into require calls and exports into module.exports for CommonJS', function () {
    const { text } = renderModule('lock', TEMPLATE, {}, { language: 'js', moduleSystem: 'cjs' });
    expect(text).to.include("const {\n  randomBytes\n} = require('node:crypto');");
    expect(text).to.include("const {\n  Script\n} = require('@valkey/valkey-glide');");
    expect(text).to.include("const NAME = 'x';\n\n/** Kept. */\nasync function acquire(client, resource) {");
    expect(text.trimEnd().endsWith('module.exports = {\n  NAME,\n  acquire\n};')).to.equal(true);
    expect(text).to.not.include('export ');
    expect(text).to.not.include('import ');
  });

  it('removes ambient module declarations (declaration merging) for JavaScript', function () {
    const text = "import type { A } from 'a';\n\ndeclare module 'a' {\n  interface A {\n    extra: string;\n  }\n}\n\nexport const b = 1;\n";
    expect(renderModule('x', text, {}, { language: 'js', moduleSystem: 'esm' }).text).to.equal('export const b = 1;\n');
  });

  it('refuses TypeScript that has run-time meaning', function () {
    expect(() => renderModule('x', 'namespace Values { export const a = 1; }\n', {}, { language: 'js', moduleSystem: 'esm' })).to.throw(TypeStrippingError, 'TSModuleDeclaration');
    expect(() => renderModule('x', 'export enum Mode { A }\n', {}, { language: 'js', moduleSystem: 'esm' })).to.throw(TypeStrippingError, 'TSEnumDeclaration');
    expect(() => renderModule('x', 'class A { constructor(private b: string) {} }\n', {}, { language: 'js', moduleSystem: 'esm' })).to.throw(TypeStrippingError, 'TSParameterProperty');
  });

  it('refuses module shapes it does not convert', function () {
    expect(() => renderModule('x', "import value from 'x';\nexport default value;\n", {}, { language: 'js', moduleSystem: 'cjs' })).to.throw(CommonJsConversionError);
  });
});
