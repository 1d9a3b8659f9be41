/**
 * `fastify-plugin`: a Fastify (v5) plugin that creates the app's GLIDE client (standalone or cluster, through the
 * `client` module beside it), decorates the instance with it (`fastify.valkey`, the name an option), and closes
 * it in an `onClose` hook; a `declare module 'fastify'` block merges the decorator into `FastifyInstance`'s type.
 * Wrapped with fastify-plugin, so the decorator reaches the app that registers it instead of staying in the
 * plugin's own encapsulated scope.
 */
import { z } from 'zod';
import { hole } from '../ast/module-template.js';
import { REPORT_CHECKS } from './check-report.js';
import { defaultClientModuleFile } from './client.js';
import { defineGenerator, type GeneratedFile, type GeneratorTarget } from './define-generator.js';
import { DEMO_RUNNER } from './demo-runner.js';
import { identifierValue, stringValue } from './literals.js';
import { identifierOption } from './option-schemas.js';
import { packageJsonFile, runInstructions, tsconfigFile } from './project-files.js';
import { renderModule, templateSyntax as j } from './render-module.js';
import { identifiersIn } from './template-identifiers.js';
import { clientClassHole } from './topology-names.js';

/** The Fastify releases the generated plugin is type-checked and run against here (this repository's devDependencies). */
export const FASTIFY_DEPENDENCIES: Readonly<Record<string, string>> = { fastify: '^5.12.8', 'fastify-plugin': '^5.1.0' };

/**
 * The members a Fastify 5 instance already has (its `FastifyInstance` type and a live instance), which a
 * decorator may not take: `decorate('log', ...)` throws FST_ERR_DEC_ALREADY_PRESENT. Checked against fastify's
 * .d.ts and a real instance by test/generators/fastify-plugin.test.ts.
 */
export const FASTIFY_INSTANCE_MEMBERS: ReadonlySet<string> = new Set(
  ('addConstraintStrategy addContentTypeParser addHook addHttpMethod addSchema addresses after all childLoggerFactory close copy ' +
    'decorate decorateReply decorateRequest defaultTextParser delete errorHandler findRoute genReqId get getDecorator ' +
    'getDefaultJsonParser getSchema getSchemas hasConstraintStrategy hasContentTypeParser hasDecorator hasPlugin ' +
    'hasReplyDecorator hasRequestDecorator hasRoute head initialConfig inject listen listeningOrigin lock log mkcalendar mkcol ' +
    'move onClose options patch pluginName post prefix printPlugins printRoutes propfind proppatch put query ready register ' +
    'removeAllContentTypeParsers removeContentTypeParser report route routing search serializerCompiler server ' +
    'setChildLoggerFactory setErrorHandler setGenReqId setNotFoundHandler setReplySerializer setSchemaController ' +
    'setSchemaErrorFormatter setSerializerCompiler setValidatorCompiler supportedMethods then trace unlock validatorCompiler ' +
    'version withTypeProvider')
    .split(' '),
);

export const fastifyPluginOptions = z
  .object({
    decoratorName: identifierOption('The name of the decorator routes read the client from (fastify.<name>).', 'valkey', () => takenNames()),
  })
  .strict();

export type FastifyPluginOptions = z.output<typeof fastifyPluginOptions>;

let namesTaken: ReadonlySet<string> | undefined;
const takenNames = () => (namesTaken ??= new Set([...identifiersIn([PLUGIN_MODULE, PLUGIN_DEMO]), ...FASTIFY_INSTANCE_MEMBERS]));

const PLUGIN_MODULE = `/**
 * A Fastify plugin that gives every route the app's Valkey GLIDE client, and closes it when the app closes.
 */
import { fastifyPlugin } from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import type { ${hole('ClientType')} } from '@valkey/valkey-glide';
import { closeGracefully, createValkeyClient } from './client.js';

// Declaration merging: the decorator is part of FastifyInstance's type wherever this module is imported.
declare module 'fastify' {
  interface FastifyInstance {
    /** The app's Valkey GLIDE client, closed by the app's onClose hook. */
    ${hole('decoratorName')}: ${hole('ClientType')};
  }
}

async function connectValkey(fastify: FastifyInstance): Promise<void> {
  const client = await createValkeyClient();
  fastify.decorate(${hole('decoratorKey')}, client);
  // Runs once the server has stopped and the requests in flight are answered.
  fastify.addHook('onClose', async () => {
    await closeGracefully(client);
  });
}

/**
 * Register once: \`await app.register(valkeyGlidePlugin)\`. fastify-plugin lets the decorator reach the app that
 * registers the plugin (a plain plugin's decorators stay inside its own scope).
 */
export const valkeyGlidePlugin = fastifyPlugin(connectValkey, { fastify: '5.x', name: 'valkey-glide' });
`;

const PLUGIN_DEMO = `/**
 * A Fastify app with the plugin, listening on a free port: a route counts visits through the client, answered
 * through inject() and through a real HTTP request; closing the app closes the client.
 */
import { ClosingError } from '@valkey/valkey-glide';
import { fastify } from 'fastify';
import { valkeyGlidePlugin } from './valkey-plugin.js';

async function main(): Promise<boolean> {
  const app = fastify();
  await app.register(valkeyGlidePlugin);
  const keyPrefix = 'glide-example:visits:' + String(process.pid) + ':';
  app.get<{ Params: { page: string } }>('/visits/:page', async (request) => {
    const visits = await app.${hole('decoratorName')}.incr(keyPrefix + request.params.page);
    return { page: request.params.page, visits };
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const client = app.${hole('decoratorName')};
  let appClosed = false;
  let closedWithTheApp = false;
  try {
    const first = await app.inject({ method: 'GET', url: '/visits/home' });
    const second = await app.inject({ method: 'GET', url: '/visits/home' });
    const address = app.server.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    const overHttp = await fetch('http://127.0.0.1:' + String(port) + '/visits/home');
    const overHttpBody = (await overHttp.json()) as { visits?: number };
    const stored = await client.get(keyPrefix + 'home');
    await client.del([keyPrefix + 'home']);
    await app.close();
    appClosed = true;
    try {
      await client.get(keyPrefix + 'home');
    } catch (error) {
      closedWithTheApp = error instanceof ClosingError;
    }
    const checks: Record<string, boolean> = {
      'the route answers through inject() with the count the client keeps':
        first.statusCode === 200 && first.json().visits === 1 && second.json().visits === 2,
      'the route answers a real HTTP request on the listening port': overHttp.status === 200 && overHttpBody.visits === 3 && String(stored) === '3',
      'closing the app closes the client (onClose)': closedWithTheApp,
    };${REPORT_CHECKS}
  } finally {
    if (!appClosed) await app.close();
    // A client the app did not close would keep the process running.
    if (!closedWithTheApp) client.close();
  }
}
${DEMO_RUNNER}`;

export function pluginModuleFile(options: FastifyPluginOptions, target: GeneratorTarget): GeneratedFile {
  return renderModule(
    'valkey-plugin',
    PLUGIN_MODULE,
    { ClientType: clientClassHole(target.topology), decoratorName: identifierValue(j, options.decoratorName), decoratorKey: stringValue(j, options.decoratorName) },
    target,
  );
}

function readme(options: FastifyPluginOptions, target: GeneratorTarget): GeneratedFile {
  const extension = target.language;
  const name = options.decoratorName;
  const text = [
    '# Valkey GLIDE in Fastify',
    '',
    `\`valkey-plugin.${extension}\` exports \`valkeyGlidePlugin\`, a Fastify 5 plugin: it creates the GLIDE client through`,
    `\`client.${extension}\`, decorates the app with it as \`fastify.${name}\` and closes it in an \`onClose\` hook, so`,
    '`await app.close()` closes the client after the requests in flight are answered.',
    ...(target.language === 'ts' ? ['', `The module merges \`${name}\` into Fastify's \`FastifyInstance\` type (\`declare module 'fastify'\`).`] : []),
    '',
    '```' + target.language,
    'await app.register(valkeyGlidePlugin);',
    `app.get('/visits', async () => ({ visits: await app.${name}.incr('visits') }));`,
    '```',
    '',
    runInstructions(target),
  ];
  return { path: 'README.md', text: text.join('\n') };
}

export const fastifyPluginGenerator = defineGenerator({
  id: 'fastify-plugin',
  title: 'Fastify plugin',
  summary:
    'A Fastify 5 plugin that creates the GLIDE client, decorates the app with it (typed through declaration merging) and closes it on close; the demo proves a route answers through the client, by inject() and over HTTP, and that closing the app closes the client.',
  options: fastifyPluginOptions,
  languages: ['ts', 'js'],
  moduleSystems: ['esm', 'cjs'],
  topologies: ['standalone', 'cluster'],
  build(options, target) {
    const packageJson = packageJsonFile('fastify-plugin', target, FASTIFY_DEPENDENCIES);
    return [
      defaultClientModuleFile(target),
      pluginModuleFile(options, target),
      renderModule('demo', PLUGIN_DEMO, { decoratorName: identifierValue(j, options.decoratorName) }, target),
      readme(options, target),
      ...(target.language === 'ts' ? [packageJson, tsconfigFile()] : [packageJson]),
    ];
  },
});
