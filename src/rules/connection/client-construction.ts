/**
 * `new Redis(...)` and node-redis `createClient(...)` become `await GlideClient.createClient(config)`.
 *
 * GLIDE creates clients asynchronously. Where `await` is allowed (an async function, ES module scope) the
 * result is awaited and the name keeps holding a client. Where it is not (CommonJS module scope, a class field,
 * a synchronous function), the name holds the promise instead and every use awaits it (see
 * `promise-client-receiver`). node-redis' `.connect()` chain disappears: GLIDE connects while creating. GLIDE's
 * logger, which writes to stdout, is switched off before the first client is created so the program's output
 * stays its own. Settings GLIDE cannot reproduce (Sentinel, Unix sockets, client certificates, key prefixes,
 * run-time URLs) leave the construction untouched, flagged, with every call on that client.
 */
import type { ASTPath, CallExpression, MemberExpression } from 'jscodeshift';
import type { ExpressionKind } from 'ast-types/lib/gen/kinds.js';
import type { ClientConstruction } from '../../engine/analyse/types.js';
import { constructionValuePath } from '../../engine/analyse/client-bindings.js';
import { defineFileRule, type RuleContext } from '../rule.js';
import { ensureConnectionFromUrl } from './connection-from-url.js';
import { glideConfiguration } from './glide-configuration.js';
import { insertLoggerOff } from './logger-off.js';
import { readIoredisArguments } from './ioredis-settings.js';
import { readNodeRedisOptions } from './node-redis-settings.js';

function chainedListeners(construction: ClientConstruction): { path: ASTPath<CallExpression>; event: string }[] {
  const listeners: { path: ASTPath<CallExpression>; event: string }[] = [];
  let current: ASTPath = construction.path;
  while (construction.chainEnd && current !== construction.chainEnd) {
    const member = current.parent as ASTPath<MemberExpression>;
    const call = member.parent as ASTPath<CallExpression>;
    const name = member.node.property.type === 'Identifier' ? member.node.property.name : '';
    if (name === 'on' || name === 'once') {
      const [event] = call.node.arguments as { value?: unknown }[];
      listeners.push({ path: call, event: String(event?.value ?? 'unknown') });
    }
    current = call;
  }
  return listeners;
}

function programOf(path: ASTPath): ASTPath {
  let current = path;
  while (current.parent) current = current.parent;
  return current.node.type === 'File' ? (current.get('program') as ASTPath) : current;
}

function migrateConstruction(construction: ClientConstruction, context: RuleContext, loggerPending: boolean): boolean {
  const { j, analysis } = context;
  const bindings = analysis.bindings.filter((binding) => binding.construction === construction);
  // Decided to stay as written already (another use of the client cannot be migrated): nothing to do.
  if (bindings.length > 0 && bindings.every((binding) => context.isFrozen(binding))) return false;
  const leaveAlone = (reason: string) => {
    context.flag(construction.path, reason, { client: bindings[0] ?? null, library: construction.library });
    bindings.forEach((binding) => context.freeze(binding));
    return false;
  };
  if (construction.topology === 'cluster') return leaveAlone('cluster clients are not migrated yet; this client and its calls are left as they are');
  if (bindings.length === 0) {
    return leaveAlone('the client is not assigned to a variable or property the codemod can follow; migrate it by hand');
  }
  const args = construction.path.node.arguments as ExpressionKind[];
  const settings =
    construction.library === 'ioredis' ? readIoredisArguments(j, args) : readNodeRedisOptions(j, args);
  if (settings.unsupported.length > 0) {
    return leaveAlone(`GLIDE cannot reproduce ${settings.unsupported.join(', ')}; this client and its calls are left as they are`);
  }
  const clientClass = 'GlideClient';
  context.useGlideExport(clientClass);
  const create = j.callExpression(j.memberExpression(j.identifier(clientClass), j.identifier('createClient')), [
    glideConfiguration(j, settings, construction.library),
  ]);
  for (const listener of chainedListeners(construction)) {
    context.note(listener.path, `GLIDE clients emit no events; the '${listener.event}' listener was removed (errors reject each command, and the code after createClient runs once connected)`);
  }
  if (settings.dropped.length > 0) {
    context.note(construction.path, `GLIDE has no ${settings.dropped.join(', ')}; they only act while the connection is down (GLIDE reconnects by itself)`);
  }
  if (settings.runtimeUrl) ensureConnectionFromUrl(j, programOf(construction.path), context.typeScript);
  const target = construction.chainEnd ?? construction.path;
  const alreadyAwaited = constructionValuePath(construction).node.type === 'AwaitExpression';
  target.replace(construction.canAwait && !alreadyAwaited ? j.awaitExpression(create) : create);
  context.recordEdit(construction.path.node, `${construction.library} client created with ${clientClass}.createClient`);
  if (loggerPending) insertLoggerOff(context, programOf(construction.path), construction.path);
  return true;
}

export const clientConstruction = defineFileRule({
  id: 'client-construction',
  summary: 'Client creation becomes `await GlideClient.createClient(config)` with the source settings and parity defaults',
  clients: ['ioredis', 'node-redis'],
  safety: 'exact',
  apply(context) {
    let loggerPending = true;
    for (const construction of context.analysis.constructions) {
      if (migrateConstruction(construction, context, loggerPending)) loggerPending = false;
    }
  },
});
