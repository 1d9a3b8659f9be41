/**
 * The scripts a program defines on a client under a method name of its own (ioredis'
 * `redis.defineCommand('name', { lua })` or `new Redis({ scripts })`, node-redis'
 * `createClient({ scripts: { name: defineScript({...}) } })`),
 * and the calls that run them (`redis.name(...)`): those calls are marked with their definition, so the rule
 * owning defined scripts gets them whatever the name; the names through which the analysis follows the same
 * client object (an alias, `this.redis = redis`) share its scripts. A name defined more than once on one client is not
 * marked (which definition a call runs depends on the order at run time), so its calls stay unclaimed and are
 * flagged by the fallback.
 */
import type { ASTPath } from 'jscodeshift';
import type { ClientBinding, ClientCall, ClientConstruction, DefinedScript } from './types.js';
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

/**
 * The `scripts` option of a construction: name → the script's object. node-redis: `createClient({ scripts })`,
 * each a `defineScript({...})` or an object; ioredis: `new Redis({ scripts })` (the options object may follow a
 * port or URL), each an object `{ lua, numberOfKeys }`, which ioredis defines with defineCommand.
 */
function optionScripts(construction: ClientConstruction): Map<string, ASTPath> {
  const scripts = new Map<string, ASTPath>();
  const args = (nodeOf(construction.path).arguments as NodeLike[] | undefined) ?? [];
  const objects = args.map((_, index) => construction.path.get('arguments', index) as ASTPath).filter((arg) => nodeOf(arg).type === 'ObjectExpression');
  const options = construction.library === 'node-redis' ? objects.slice(0, 1).filter(() => nodeOf(construction.path).type === 'CallExpression') : objects;
  for (const option of options) {
    for (const [name, value] of propertyPaths(propertyPaths(option).get('scripts'))) {
      const object = construction.library === 'node-redis' ? scriptObject(value) : nodeOf(value).type === 'ObjectExpression' ? value : undefined;
      if (object) scripts.set(name, object);
    }
  }
  return scripts;
}

function definedName(call: ClientCall): string | undefined {
  if (call.binding.library !== 'ioredis' || call.method !== 'defineCommand') return undefined;
  const first = call.path.node.arguments[0] as NodeLike | undefined;
  const isString = first && (first.type === 'StringLiteral' || (first.type === 'Literal' && typeof first.value === 'string'));
  return isString ? String(first.value) : undefined;
}

/**
 * The bindings that hold the same client object, as the analysis follows it (`this.redis = redis`, an alias, a
 * parameter it is passed to): a command defined through one name is called through another.
 */
function clientGroups(bindings: readonly ClientBinding[]): (id: number) => number {
  const parent = new Map<number, number>();
  const find = (id: number): number => {
    let root = id;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root) as number;
    return root;
  };
  for (const binding of bindings) {
    for (const target of binding.flowsInto) {
      const [a, b] = [find(binding.id), find(target)];
      if (a !== b) parent.set(b, a);
    }
  }
  return find;
}

export function markDefinedScriptCalls(calls: readonly ClientCall[], bindings: readonly ClientBinding[]): ClientCall[] {
  const group = clientGroups(bindings);
  const definitions = new Map<string, DefinedScript | null>();
  for (const call of calls) {
    const name = definedName(call);
    if (name === undefined) continue;
    const key = `${group(call.binding.id)}:${name}`;
    definitions.set(key, definitions.has(key) ? null : { name, definition: call.path });
  }
  for (const binding of bindings) {
    if (!binding.construction) continue;
    for (const [name, definition] of optionScripts(binding.construction)) {
      const key = `${group(binding.id)}:${name}`;
      definitions.set(key, definitions.has(key) ? null : { name, definition });
    }
  }
  return calls.map((call) => {
    const definedScript = definitions.get(`${group(call.binding.id)}:${call.method}`);
    return definedScript ? { ...call, definedScript } : call;
  });
}
