/**
 * Finds every place a client is created: `new Redis(...)`, `new Redis.Cluster(...)`, `new Cluster(...)`,
 * `Redis.createClient(...)`, `new (require('ioredis'))(...)`, node-redis `createClient(...)` / `createCluster(...)`
 * (also through a namespace, or `require('redis').createClient(...)`),
 * together with node-redis chains such as `createClient(opts).on('error', f).connect()`.
 */
import type { ASTPath, CallExpression, MemberExpression, NewExpression } from 'jscodeshift';
import type { ParsedFile } from '../../ast/parsed-file.js';
import { canAwaitAt } from './await-context.js';
import { compareByPosition } from '../../ast/position.js';
import type { ClientConstruction, ClientTopology, LibraryImport, ModuleSystem, SourceLibrary } from './types.js';
import { pathsOf } from '../../ast/node-index.js';
import { readObjectLiteral } from '../../source/object-properties.js';
import { readBufferTypeMapping } from '../../source/buffer-type-mapping.js';
import { requiredLibrary } from './library-imports.js';

interface Recognised {
  readonly library: SourceLibrary;
  readonly topology: ClientTopology;
}

function recogniseCallee(callee: unknown, isNew: boolean, imports: readonly LibraryImport[]): Recognised | undefined {
  const node = callee as { type: string; name?: string; object?: unknown; property?: unknown; computed?: boolean };
  const byName = (name: string | undefined) => imports.find((entry) => entry.localName === name);
  if (node.type === 'Identifier') {
    const entry = byName(node.name);
    if (!entry) return undefined;
    if (isNew && entry.role === 'client-class') return { library: entry.library, topology: 'standalone' };
    if (isNew && entry.role === 'cluster-class') return { library: entry.library, topology: 'cluster' };
    if (!isNew && entry.role === 'factory') return { library: entry.library, topology: 'standalone' };
    if (!isNew && entry.role === 'cluster-factory') return { library: entry.library, topology: 'cluster' };
    return undefined;
  }
  // `new (require('ioredis'))(url)`: the library's default export, required in place.
  if (node.type === 'CallExpression') return isNew && requiredLibrary(node) === 'ioredis' ? { library: 'ioredis', topology: 'standalone' } : undefined;
  if (node.type !== 'MemberExpression' || node.computed) return undefined;
  const object = node.object as { type: string; name?: string };
  const property = node.property as { type: string; name?: string };
  // `require('redis').createClient(...)`.
  if (!isNew && requiredLibrary(object) === 'node-redis' && property.type === 'Identifier') {
    if (property.name === 'createClient') return { library: 'node-redis', topology: 'standalone' };
    if (property.name === 'createCluster') return { library: 'node-redis', topology: 'cluster' };
  }
  if (object.type !== 'Identifier' || property.type !== 'Identifier') return undefined;
  const entry = byName(object.name);
  if (!entry) return undefined;
  if (entry.library === 'ioredis' && entry.role === 'client-class') {
    if (isNew && property.name === 'Cluster') return { library: 'ioredis', topology: 'cluster' };
    if (isNew && property.name === 'Redis') return { library: 'ioredis', topology: 'standalone' };
    if (!isNew && property.name === 'createClient') return { library: 'ioredis', topology: 'standalone' };
  }
  if (entry.library === 'node-redis' && entry.role === 'namespace' && !isNew) {
    if (property.name === 'createClient') return { library: 'node-redis', topology: 'standalone' };
    if (property.name === 'createCluster') return { library: 'node-redis', topology: 'cluster' };
  }
  return undefined;
}

const CHAINABLE_NODE_REDIS_METHODS = new Set(['on', 'once', 'connect']);

/** `createClient(o).on('error', f).connect()`: the outermost call of the chain, if there is one. */
function findChainEnd(path: ASTPath<CallExpression>): ASTPath<CallExpression> | undefined {
  let end: ASTPath<CallExpression> | undefined;
  let current: ASTPath = path;
  for (;;) {
    const member = current.parent as ASTPath<MemberExpression> | null;
    if (!member || member.node.type !== 'MemberExpression' || member.node.object !== current.node) break;
    const property = member.node.property;
    if (property.type !== 'Identifier' || !CHAINABLE_NODE_REDIS_METHODS.has(property.name)) break;
    const call = member.parent as ASTPath<CallExpression> | null;
    if (!call || call.node.type !== 'CallExpression' || call.node.callee !== member.node) break;
    end = call;
    current = call;
  }
  return end;
}

/** `createClient({ commandOptions: { typeMapping: { [RESP_TYPES.BLOB_STRING]: Buffer } } })`, RESP_TYPES node-redis'. */
function mapsBlobStringsToBuffers(call: CallExpression, imports: readonly LibraryImport[]): boolean {
  const commandOptions = readObjectLiteral(call.arguments[0]).entries.get('commandOptions');
  const mapping = commandOptions ? readBufferTypeMapping(readObjectLiteral(commandOptions).entries.get('typeMapping')) : undefined;
  return imports.some((entry) => entry.library === 'node-redis' && entry.importedName === 'RESP_TYPES' && entry.localName === mapping?.respTypes);
}

export function findClientConstructions(
  file: ParsedFile,
  imports: readonly LibraryImport[],
  moduleSystem: ModuleSystem,
): ClientConstruction[] {
  const { j } = file;
  const found: ClientConstruction[] = [];
  pathsOf(file, j.NewExpression).forEach((path: ASTPath<NewExpression>) => {
    const recognised = recogniseCallee(path.node.callee, true, imports);
    if (!recognised) return;
    found.push({ path, ...recognised, canAwait: canAwaitAt(path, moduleSystem), chainEnd: undefined });
  });
  pathsOf(file, j.CallExpression).forEach((path: ASTPath<CallExpression>) => {
    const recognised = recogniseCallee(path.node.callee, false, imports);
    if (!recognised) return;
    const chainEnd = recognised.library === 'node-redis' ? findChainEnd(path) : undefined;
    const bufferReplies = recognised.library === 'node-redis' && path.node.arguments.length > 0 && mapsBlobStringsToBuffers(path.node, imports);
    found.push({ path, ...recognised, canAwait: canAwaitAt(path, moduleSystem), chainEnd, bufferReplies });
  });
  return found.sort((a, b) => compareByPosition(a.path.node, b.path.node));
}
