/**
 * The scripts a program defines on a client under a method name of its own (ioredis'
 * `redis.defineCommand('name', { lua })`, node-redis' `createClient({ scripts: { name: defineScript({...}) } })`),
 * and the calls that run them (`redis.name(...)`): those calls are marked with their definition, so the rule
 * owning defined scripts gets them whatever the name. A name defined more than once on the same client is not
 * marked (which definition a call runs depends on the order at run time), so its calls stay unclaimed and are
 * flagged by the fallback.
 */
import type { ASTPath } from 'jscodeshift';
import type { ClientCall, ClientConstruction, DefinedScript } from './types.js';
import { nodeOf, type NodeLike } from '../../ast/node.js';

function propertyName(property: NodeLike): string | undefined {
  if ((property.type !== 'ObjectProperty' && property.type !== 'Property') || property.computed || property.method) return undefined;
  const key = property.key as NodeLike;
  const name = key.type === 'Identifier' ? key.name : key.value;
  return typeof name === 'string' ? name : undefined;
}

/** The property values of an object literal's plain properties, by name, as paths. */
function propertyPaths(path: ASTPath | undefined): Map<string, ASTPath> {
  const found = new Map<string, ASTPath>();
  if (!path || nodeOf(path).type !== 'ObjectExpression') return found;
  (nodeOf(path).properties as NodeLike[]).forEach((property, index) => {
    const name = propertyName(property);
    if (name !== undefined) found.set(name, path.get('properties', index, 'value') as ASTPath);
  });
  return found;
}

/** `defineScript({...})` (any callee: node-redis' helper only adds the SHA1) or the object itself. */
function scriptObject(value: ASTPath): ASTPath | undefined {
  const node = nodeOf(value);
  if (node.type === 'ObjectExpression') return value;
  const args = node.type === 'CallExpression' ? (node.arguments as NodeLike[]) : [];
  return args.length === 1 && args[0].type === 'ObjectExpression' ? (value.get('arguments', 0) as ASTPath) : undefined;
}

/** node-redis' `scripts` option of a `createClient({...})` construction: name → the script's object. */
function nodeRedisScripts(construction: ClientConstruction | undefined): Map<string, ASTPath> {
  const scripts = new Map<string, ASTPath>();
  if (construction?.library !== 'node-redis' || nodeOf(construction.path).type !== 'CallExpression') return scripts;
  const options = propertyPaths(construction.path.get('arguments', 0) as ASTPath);
  for (const [name, value] of propertyPaths(options.get('scripts'))) {
    const object = scriptObject(value);
    if (object) scripts.set(name, object);
  }
  return scripts;
}

function definedName(call: ClientCall): string | undefined {
  if (call.binding.library !== 'ioredis' || call.method !== 'defineCommand') return undefined;
  const first = call.path.node.arguments[0] as NodeLike | undefined;
  const isString = first && (first.type === 'StringLiteral' || (first.type === 'Literal' && typeof first.value === 'string'));
  return isString ? String(first.value) : undefined;
}

export function markDefinedScriptCalls(calls: readonly ClientCall[]): ClientCall[] {
  const definitions = new Map<string, DefinedScript | null>();
  for (const call of calls) {
    const name = definedName(call);
    if (name === undefined) continue;
    const key = `${call.binding.id}:${name}`;
    definitions.set(key, definitions.has(key) ? null : { name, definition: call.path });
  }
  const constructed = new Map<ClientConstruction, Map<string, ASTPath>>();
  const fromOptions = (call: ClientCall): DefinedScript | undefined => {
    const construction = call.binding.construction;
    if (construction?.library !== 'node-redis') return undefined;
    if (!constructed.has(construction)) constructed.set(construction, nodeRedisScripts(construction));
    const definition = constructed.get(construction)?.get(call.method);
    return definition ? { name: call.method, definition } : undefined;
  };
  return calls.map((call) => {
    const definedScript = definitions.get(`${call.binding.id}:${call.method}`) ?? fromOptions(call);
    return definedScript ? { ...call, definedScript } : call;
  });
}
