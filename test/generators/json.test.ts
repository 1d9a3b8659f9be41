/**
 * The generated document store against a real valkey-server and a real 3-primary cluster, both without the JSON
 * module (none is installed here, so the store's happy path is type-checked by the goldens but not run): the
 * start-up check rejects with JsonModuleMissingError, whose message names valkey-json, and each store function
 * fails with the server's own "unknown command" for its JSON command, so none of them quietly does something else.
 * Shown to fail on a check that never throws.
 */
import { expect } from 'chai';
import { JSON_MODULE_MISSING_MESSAGE } from '../../src/generators/json.js';
import { loadGeneratedModule, type LoadedModule, type Mutation } from './generated-module.js';
import { jsonCheckThatNeverFails } from './mutants.js';
import { startServersUnderTest, TOPOLOGIES, type AnyGlideClient, type ServersUnderTest } from './valkey-client.js';

interface DocumentsModule {
  JsonModuleMissingError: new () => Error;
  ensureJsonModule(client: AnyGlideClient): Promise<void>;
  saveDocument(client: AnyGlideClient, id: string, document: unknown): Promise<void>;
  readDocument(client: AnyGlideClient, id: string): Promise<unknown>;
  setField(client: AnyGlideClient, id: string, path: string, value: unknown): Promise<boolean>;
  appendToArray(client: AnyGlideClient, id: string, path: string, values: unknown[]): Promise<number>;
  incrementNumber(client: AnyGlideClient, id: string, path: string, by: number): Promise<number>;
  deleteDocument(client: AnyGlideClient, id: string): Promise<boolean>;
}

const refusal = async (call: Promise<unknown>): Promise<unknown> => {
  try {
    await call;
  } catch (error) {
    return error;
  }
  return undefined;
};

for (const topology of TOPOLOGIES) {
  describe(`json property (${topology}, no JSON module)`, function () {
    this.timeout(120_000);
    let servers: ServersUnderTest;
    const loaded: LoadedModule<DocumentsModule>[] = [];
    const load = async (mutate?: Mutation) => {
      const module = await loadGeneratedModule<DocumentsModule>({ id: 'json', options: {}, moduleFile: 'documents.js', topology, mutate });
      loaded.push(module);
      return module.module;
    };

    before(async () => {
      servers = await startServersUnderTest(topology, 1);
    });
    after(async () => {
      for (const module of loaded) module.remove();
      await servers?.stop();
    });

    it('rejects at start with JsonModuleMissingError, naming valkey-json', async function () {
      const documents = await load();
      const error = await refusal(documents.ensureJsonModule(servers.clients[0]));
      expect(error).to.be.instanceOf(documents.JsonModuleMissingError);
      expect((error as Error).message).to.equal(JSON_MODULE_MISSING_MESSAGE);
      expect((error as Error).message).to.include('valkey-json');
    });

    it('sends each store call as its JSON command (the server refuses each by name)', async function () {
      const documents = await load();
      const client = servers.clients[0];
      const calls: [string, Promise<unknown>][] = [
        ['JSON.SET', documents.saveDocument(client, 'a', { n: 1 })],
        ['JSON.GET', documents.readDocument(client, 'a')],
        ['JSON.SET', documents.setField(client, 'a', '$.n', 2)],
        ['JSON.ARRAPPEND', documents.appendToArray(client, 'a', '$.items', [1])],
        ['JSON.NUMINCRBY', documents.incrementNumber(client, 'a', '$.n', 1)],
        ['JSON.DEL', documents.deleteDocument(client, 'a')],
      ];
      for (const [command, call] of calls) expect(String(await refusal(call)), command).to.include(`unknown command '${command}'`);
    });

    it('catches a check that never fails: the missing module goes unnoticed at start', async function () {
      const documents = await load(jsonCheckThatNeverFails);
      expect(await refusal(documents.ensureJsonModule(servers.clients[0]))).to.equal(undefined);
    });
  });
}
