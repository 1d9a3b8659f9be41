/**
 * The generated Fastify plugin in a real Fastify 5 app against a real valkey-server and a real 3-primary cluster:
 * the app is decorated with the GLIDE client the plugin created (under the chosen name), a route answers through
 * it, and closing the app closes the client. Shown to fail on a plugin without fastify-plugin (the decorator stays
 * in the plugin's scope) and on one without its onClose hook (the client outlives the app); the TypeScript stops
 * type-checking without its `declare module 'fastify'` block. The names a decorator may not take are checked
 * against fastify's own types and a live instance, and the versions the generated package.json asks for are this
 * repository's devDependencies.
 */
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'chai';
import { ClosingError, GlideClient, GlideClusterClient } from '@valkey/valkey-glide';
import { fastify, type FastifyInstance } from 'fastify';
import jscodeshift from 'jscodeshift';
import ts from 'typescript';
import { generate, GeneratorOptionsError } from '../../src/index.js';
import { FASTIFY_DEPENDENCIES, FASTIFY_INSTANCE_MEMBERS } from '../../src/generators/fastify-plugin.js';
import { typeCheckFiles } from '../helpers/type-check.js';
import { loadGeneratedModule, type LoadedModule, type Mutation } from './generated-module.js';
import { pluginWithoutFastifyPlugin, pluginWithoutOnClose } from './mutants.js';
import { startServersUnderTest, TOPOLOGIES, type AnyGlideClient, type ServersUnderTest } from './valkey-client.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

interface PluginModule {
  valkeyGlidePlugin: Parameters<FastifyInstance['register']>[0];
}

/** The decorator of `app` under `name`, read without the declaration merging the test process does not load. */
const decoratorOf = (app: FastifyInstance, name: string) => (app as unknown as Record<string, AnyGlideClient | undefined>)[name];

for (const topology of TOPOLOGIES) {
  describe(`fastify-plugin property (${topology})`, function () {
    this.timeout(120_000);
    let servers: ServersUnderTest;
    const loaded: LoadedModule<PluginModule>[] = [];
    const openApps: FastifyInstance[] = [];
    const appWithPlugin = async (options: Record<string, unknown> = {}, mutate?: Mutation, addRoutes?: (app: FastifyInstance) => void) => {
      const module = await loadGeneratedModule<PluginModule>({ id: 'fastify-plugin', options, moduleFile: 'valkey-plugin.js', topology, mutate });
      loaded.push(module);
      const app = fastify();
      openApps.push(app);
      await app.register(module.module.valkeyGlidePlugin);
      addRoutes?.(app);
      await app.ready();
      return app;
    };

    before(async () => {
      servers = await startServersUnderTest(topology, 1);
      Object.assign(process.env, servers.environment);
    });
    after(async () => {
      for (const app of openApps) await app.close().catch(() => undefined);
      for (const name of Object.keys(servers?.environment ?? {})) delete process.env[name];
      for (const module of loaded) module.remove();
      await servers?.stop();
    });

    it('decorates the app with the GLIDE client, which a route answers through', async function () {
      const app = await appWithPlugin({}, undefined, (scope) => scope.get('/count', async () => ({ count: await decoratorOf(scope, 'valkey')!.incr('fastify:property:count') })));
      const client = decoratorOf(app, 'valkey');
      expect(client).to.be.instanceOf(topology === 'cluster' ? GlideClusterClient : GlideClient);
      const reply = await app.inject({ method: 'GET', url: '/count' });
      expect(reply.statusCode).to.equal(200);
      expect(reply.json()).to.deep.equal({ count: 1 });
      expect(await servers.clients[0].get('fastify:property:count')).to.equal('1');
    });

    it('decorates under the chosen name', async function () {
      const app = await appWithPlugin({ decoratorName: 'cache' });
      expect(app.hasDecorator('cache')).to.equal(true);
      expect(app.hasDecorator('valkey')).to.equal(false);
    });

    it('closes the client when the app closes', async function () {
      const app = await appWithPlugin();
      const client = decoratorOf(app, 'valkey')!;
      await app.close();
      let error: unknown;
      await client.get('fastify:property:count').catch((caught: unknown) => (error = caught));
      expect(error).to.be.instanceOf(ClosingError);
    });

    if (topology === 'standalone') {
      it('catches a plugin without its onClose hook: the client outlives the app', async function () {
        const app = await appWithPlugin({}, pluginWithoutOnClose);
        const client = decoratorOf(app, 'valkey')!;
        await app.close();
        try {
          expect(await client.ping()).to.equal('PONG');
        } finally {
          client.close();
        }
      });

      it('catches a plugin without fastify-plugin: the decorator stays in its own scope', async function () {
        const app = await appWithPlugin({}, pluginWithoutFastifyPlugin);
        expect(app.hasDecorator('valkey')).to.equal(false);
      });
    }
  });
}

describe('fastify-plugin facts', function () {
  this.timeout(120_000);

  it('refuses as a decorator every member of a Fastify instance, by its types and by a live instance', async function () {
    const typesFile = path.join(ROOT, 'node_modules/fastify/types/instance.d.ts');
    const program = ts.createProgram([typesFile], { skipLibCheck: true });
    const checker = program.getTypeChecker();
    const typed: string[] = [];
    ts.forEachChild(program.getSourceFile(typesFile)!, (node) => {
      if (ts.isInterfaceDeclaration(node) && node.name.text === 'FastifyInstance') {
        for (const property of checker.getTypeAtLocation(node).getProperties()) if (!property.name.startsWith('__@')) typed.push(property.name);
      }
    });
    expect(typed.length).to.be.greaterThan(50);
    const app = fastify();
    const live = new Set<string>();
    for (let layer: object | null = app; layer && layer !== Object.prototype; layer = Object.getPrototypeOf(layer)) for (const name of Object.getOwnPropertyNames(layer)) live.add(name);
    await app.close();
    expect([...typed, ...live].filter((name) => !FASTIFY_INSTANCE_MEMBERS.has(name))).to.deep.equal([]);
    expect(() => generate({ id: 'fastify-plugin', options: { decoratorName: 'log' } })).to.throw(GeneratorOptionsError, 'decoratorName: is a name the generated code already uses');
  });

  it('asks in the generated package.json for the Fastify releases this repository tests with', function () {
    const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
    for (const [name, range] of Object.entries(FASTIFY_DEPENDENCIES)) expect(manifest.devDependencies[name], name).to.equal(range);
    const generated = generate({ id: 'fastify-plugin', target: { language: 'js' } }).files.find((file) => file.path === 'package.json');
    expect(JSON.parse(generated!.text).dependencies).to.include(FASTIFY_DEPENDENCIES);
  });

  it("types the decorator only through the declare module 'fastify' block", function () {
    const { files } = generate({ id: 'fastify-plugin', target: { language: 'ts', moduleSystem: 'esm' } });
    const check = (withoutMerging: boolean) => {
      const directory = mkdtempSync(path.join(os.tmpdir(), 'glide-generated-fastify-types-'));
      try {
        symlinkSync(path.join(ROOT, 'node_modules'), path.join(directory, 'node_modules'), 'dir');
        for (const file of files) {
          let text = file.text;
          if (withoutMerging && file.path === 'valkey-plugin.ts') {
            const j = jscodeshift.withParser('ts');
            const root = j(text);
            const blocks = root.find(j.TSModuleDeclaration);
            expect(blocks.size()).to.equal(1);
            blocks.remove();
            text = root.toSource();
          }
          writeFileSync(path.join(directory, file.path), text);
        }
        return typeCheckFiles(['client.ts', 'valkey-plugin.ts', 'demo.ts'], { cwd: directory }).map((diagnostic) => `${diagnostic.file}: ${diagnostic.message}`);
      } finally {
        rmSync(directory, { recursive: true, force: true });
      }
    };
    expect(check(false)).to.deep.equal([]);
    const problems = check(true);
    expect(problems.length).to.be.greaterThan(0);
    for (const problem of problems) expect(problem).to.match(/^(demo|valkey-plugin)\.ts: .*'valkey'/);
  });
});
