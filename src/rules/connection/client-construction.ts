/**
 * `new Redis(...)` and node-redis `createClient(...)` become `await GlideClient.createClient(config)`.
 *
 * GLIDE creates clients asynchronously. Where `await` is allowed (an async function, ES module scope) the
 * result is awaited and the name keeps holding a client. Where it is not (CommonJS module scope, a class field,
 * a synchronous function), the name holds the promise instead and every use awaits it (see
 * `promise-client-receiver`). node-redis' `.connect()` chain disappears: GLIDE connects while creating. GLIDE's
 * logger, which writes to stdout, is switched off before the first client is created so the program's output
 * stays its own. Settings GLIDE cannot reproduce (Sentinel, Unix sockets, client certificates, key prefixes,
 * run-time URLs) leave the construction untouched, flagged, with every call on that client. node-redis'
 * `commandOptions` mapping BLOB_STRING to Buffer becomes `defaultDecoder: Decoder.Bytes` where every call on the
 * client is a command proven to answer the same under it (the catalogue's `nodeRedisBuffers`); otherwise those
 * calls are flagged and the client stays as written.
 */
import type { ASTPath, CallExpression, MemberExpression } from 'jscodeshift';
import type { ClientBinding, ClientConstruction } from '../../engine/analyse/types.js';
import type { NodeLike } from '../../ast/node.js';
import { pathsAsParsed } from '../../ast/node-index.js';
import { defineFileRule, type RuleContext } from '../../engine/rewrite/rule.js';
import { handlerKind, removalKeepsBehaviour, type HandlerKind } from '../support/log-only-handler.js';
import { constructionArguments } from './constant-options.js';
import { ensureConnectionFromUrl } from '../../glide/connection-from-url.js';
import { glideConfiguration } from '../../glide/configuration.js';
import { insertLoggerOff } from './logger-off.js';
import { readIoredisArguments } from '../../source/ioredis-settings.js';
import { readNodeRedisOptions } from '../../source/node-redis-settings.js';
import type { ConnectionSettings } from '../../source/connection-settings.js';
import { unprovenBufferUses } from '../support/buffer-mapped-calls.js';
import { isRespTypesImport } from '../support/resp-types-import.js';
import { lookupScope } from '../../ast/scope-lookup.js';

interface ChainedListener {
  readonly path: ASTPath<CallExpression>;
  readonly event: string;
  readonly handler: HandlerKind;
}

function chainedListeners(construction: ClientConstruction): ChainedListener[] {
  const listeners: ChainedListener[] = [];
  let current: ASTPath = construction.path;
  while (construction.chainEnd && current !== construction.chainEnd) {
    const member = current.parent as ASTPath<MemberExpression>;
    const call = member.parent as ASTPath<CallExpression>;
    const name = member.node.property.type === 'Identifier' ? member.node.property.name : '';
    if (name === 'on' || name === 'once') {
      const [event] = call.node.arguments as { value?: unknown }[];
      listeners.push({ path: call, event: String(event?.value ?? 'unknown'), handler: handlerKind(call.get('arguments', 1) as ASTPath) });
    }
    current = call;
  }
  return listeners;
}

/** The expressions around a construction before its value reaches a name: `await`, casts, parentheses. */
function wrappersOf(path: ASTPath): { type: string; typeAnnotation?: unknown }[] {
  const found: { type: string; typeAnnotation?: unknown }[] = [];
  for (let current = path.parent as ASTPath | null; current; current = current.parent as ASTPath | null) {
    if (!['AwaitExpression', 'TSAsExpression', 'ParenthesizedExpression'].includes(current.node.type)) break;
    found.push(current.node as unknown as { type: string; typeAnnotation?: unknown });
  }
  return found;
}

function programOf(path: ASTPath): ASTPath {
  let current = path;
  while (current.parent) current = current.parent;
  return current.node.type === 'File' ? (current.get('program') as ASTPath) : current;
}

/** A value never undefined: a literal, a call, or one with a literal fallback (`x ?? 'localhost'`). */
function hasAValue(node: NodeLike | null | undefined): boolean {
  if (!node) return false;
  if (['StringLiteral', 'NumericLiteral', 'TemplateLiteral', 'CallExpression'].includes(node.type)) return true;
  if (node.type === 'Literal') return node.value !== null && node.value !== undefined;
  if (node.type === 'LogicalExpression' && (node.operator === '??' || node.operator === '||')) return hasAValue(node.right as NodeLike);
  return false;
}

/** `host` where the construction sees `const host = process.env.HOST ?? 'localhost'` (or another value that is never undefined). */
function isConstantWithAValue(where: ASTPath, value: unknown): boolean {
  const identifier = value as NodeLike;
  if (identifier.type !== 'Identifier') return false;
  const name = identifier.name as string;
  const scope = lookupScope(where as { scope?: unknown }, name) as { getBindings(): Record<string, ASTPath[]> } | undefined;
  const [binding, ...more] = scope?.getBindings()[name] ?? [];
  const declarator = binding?.parent?.node as NodeLike | undefined;
  const declaration = binding?.parent?.parent?.node as NodeLike | undefined;
  return more.length === 0 && declarator?.type === 'VariableDeclarator' && declaration?.kind === 'const' && hasAValue(declarator.init as NodeLike);
}

/**
 * Why a client created with node-redis' Buffer type mapping cannot become one with `defaultDecoder:
 * Decoder.Bytes`, or undefined. Calls whose replies are not proven the same are flagged one by one.
 */
function bufferMappingRefusal(settings: ConnectionSettings, context: RuleContext, bindings: readonly ClientBinding[]): { reason: string } | 'calls flagged' | undefined {
  const mapping = settings.bufferMapping;
  if (!mapping) return undefined;
  if (!isRespTypesImport(context.analysis.imports, mapping.respTypes)) return { reason: `a type mapping keyed by '${mapping.respTypes}', which is not node-redis' RESP_TYPES` };
  const uses = unprovenBufferUses(context, bindings);
  for (const use of uses) context.flag(use.path, use.reason, { client: bindings[0] ?? null, library: 'node-redis' });
  return uses.length > 0 ? 'calls flagged' : undefined;
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
  const read = constructionArguments(j, construction, analysis.constructions);
  if (read.problem !== undefined) return leaveAlone(`GLIDE cannot reproduce ${read.problem}; this client and its calls are left as they are`);
  const { args } = read;
  const settings =
    construction.library === 'ioredis' ? readIoredisArguments(j, args) : readNodeRedisOptions(j, args);
  if (settings.unsupported.length > 0) {
    return leaveAlone(`GLIDE cannot reproduce ${settings.unsupported.join(', ')}; this client and its calls are left as they are`);
  }
  const refusal = bufferMappingRefusal(settings, context, bindings);
  if (typeof refusal === 'object') return leaveAlone(`GLIDE cannot reproduce ${refusal.reason}; this client and its calls are left as they are`);
  if (refusal === 'calls flagged') {
    bindings.forEach((binding) => context.freeze(binding));
    return false;
  }
  if (settings.bufferMapping) context.useGlideExport('Decoder');
  const listeners = chainedListeners(construction);
  const working = listeners.find((listener) => !removalKeepsBehaviour(listener.event, listener.handler));
  if (working) {
    const what = working.handler === 'works' ? 'does more than log (its work would be dropped with it)' : 'prints on stdout on every run (that output would be lost)';
    return leaveAlone(`GLIDE clients emit no events, and the '${working.event}' listener chained here ${what}; this client and its calls are left as they are`);
  }
  const clientClass = 'GlideClient';
  context.useGlideExport(clientClass);
  const create = j.callExpression(j.memberExpression(j.identifier(clientClass), j.identifier('createClient')), [
    glideConfiguration(j, settings, construction.library, (value) => isConstantWithAValue(construction.path, value)),
  ]);
  for (const listener of listeners) {
    const lost = listener.handler === 'logs-to-stdout' ? '; what it printed when the client failed is no longer printed' : '';
    context.note(listener.path, `GLIDE clients emit no events; the '${listener.event}' listener was removed (errors reject each command, and the code after createClient runs once connected)${lost}`);
  }
  if (settings.dropped.length > 0) {
    context.note(construction.path, `GLIDE has no ${settings.dropped.join(', ')}; they only act while the connection is down (GLIDE reconnects by itself)`);
  }
  if (settings.runtimeUrl) ensureConnectionFromUrl(j, programOf(construction.path), context.typeScript);
  const target = construction.chainEnd ?? construction.path;
  const wrappers = wrappersOf(target);
  const alreadyAwaited = wrappers.some((node) => node.type === 'AwaitExpression');
  const casts = wrappers.filter((node) => node.type === 'TSAsExpression');
  // A name other code may read while the creating function waits holds the creation's promise (client-bindings).
  const awaitsHere = construction.canAwait && !bindings.some((binding) => binding.shape === 'promise');
  const heldAsPromise = !awaitsHere && !alreadyAwaited;
  if (heldAsPromise && casts.length > 1) return leaveAlone('the client is cast more than once where it is created, and now holds a promise of a GLIDE client; migrate it by hand');
  const written = construction.path.node;
  target.replace(awaitsHere && !alreadyAwaited ? j.awaitExpression(create) : create);
  // `createClient() as RedisClientType` where the name now holds the creation promise: cast to a promise of it.
  if (heldAsPromise && casts[0]) {
    casts[0].typeAnnotation = j.tsTypeReference(j.identifier('Promise'), j.tsTypeParameterInstantiation([casts[0].typeAnnotation as never]));
  }
  context.recordEdit(written, `${construction.library} client created with ${clientClass}.createClient`);
  if (loggerPending) insertLoggerOff(context, programOf(construction.path), construction.path);
  return true;
}

/**
 * `class Pool extends Redis`: its instances are clients the analysis does not follow (their methods may be
 * overridden, and GLIDE's client cannot be extended the same way), so the class is reported as left as written.
 */
function flagSubclasses(context: RuleContext): void {
  const classes = new Map(
    context.analysis.importSites
      .filter((site) => site.import.role === 'client-class' || site.import.role === 'cluster-class')
      .map((site) => [site.import.localName, site.import.library] as const),
  );
  if (classes.size === 0 || !context.file.text.includes('extends')) return;
  // The classes as parsed: this phase is the first, and a walk of the changing tree costs far more.
  const { j } = context;
  for (const path of [...pathsAsParsed(context.file, j.ClassDeclaration), ...pathsAsParsed(context.file, j.ClassExpression)]) {
    const superClass = path.node.superClass as NodeLike | null | undefined;
    const library = superClass?.type === 'Identifier' ? classes.get(String(superClass.name)) : undefined;
    if (!library) continue;
    const reason = `a class extending the ${library} client is not migrated: its instances stay ${library} clients, and GLIDE's client is not extended this way`;
    context.flag(path as unknown as ASTPath, reason, { client: null, library });
  }
}

export const clientConstruction = defineFileRule({
  id: 'client-construction',
  phase: 'construction',
  summary: 'Client creation becomes `await GlideClient.createClient(config)` with the source settings and parity defaults',
  clients: ['ioredis', 'node-redis'],
  safety: 'exact',
  apply(context) {
    flagSubclasses(context);
    let loggerPending = true;
    for (const construction of context.analysis.constructions) {
      if (migrateConstruction(construction, context, loggerPending)) loggerPending = false;
    }
  },
});
