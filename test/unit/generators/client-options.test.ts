/** The client's `factoryName` must be an identifier the generated code does not already use. */
import { expect } from 'chai';
import { clientGenerator } from '../../../src/generators/client.js';
import { GeneratorOptionsError } from '../../../src/generators/generator-errors.js';

describe('client options', function () {
  it('refuses a factory name the generated modules already use, or a global the demo calls', function () {
    for (const name of ['closeGracefully', 'clientConfiguration', 'seedNodes', 'main', 'Array', 'GlideClient']) {
      expect(() => clientGenerator.generate({ factoryName: name }), name).to.throw(GeneratorOptionsError, 'factoryName: is a name the generated code already uses');
    }
  });

  it('refuses what is not an identifier and takes a fresh name', function () {
    expect(() => clientGenerator.generate({ factoryName: 'open-valkey' })).to.throw(GeneratorOptionsError, 'factoryName: must be a JavaScript identifier');
    expect(() => clientGenerator.generate({ factoryName: 'await' })).to.throw(GeneratorOptionsError, 'factoryName: must be a JavaScript identifier');
    const client = clientGenerator.generate({ factoryName: 'openValkey' }).find((file) => file.path === 'client.ts');
    expect(client?.text).to.include('export async function openValkey(): Promise<GlideClient> {');
  });
});
