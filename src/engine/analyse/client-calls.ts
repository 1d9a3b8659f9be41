/**
 * Every `client.method(...)` call on a client binding, with the method name and how its result is used.
 * References are resolved through scopes, so a shadowing local of the same name is not taken for the client.
 */
import type { ASTPath, CallExpression, MemberExpression } from 'jscodeshift';
import type { ParsedFile } from '../../ast/parsed-file.js';
import { findCallbackArgument } from './callback-argument.js';
import { positionOf } from '../../ast/position.js';
import { describeResultUse } from './result-use.js';
import type { ClientBinding, ClientCall } from './types.js';
import { pathsOf } from '../../ast/node-index.js';
import { nodeOf, isThisProperty, type NodeLike } from '../../ast/node.js';
import { lookupScope } from '../../ast/scope-lookup.js';
import { knownMethodName } from '../../knowledge/node-redis-method-names.js';

function nearestClassBody(path: ASTPath): ASTPath | undefined {
  for (let current = path.parent as ASTPath | null; current; current = current.parent as ASTPath | null) {
    if (current.node.type === 'ClassBody') return current;
  }
  return undefined;
}

type BindingKey = Pick<ClientBinding, 'name' | 'access' | 'owner'>;

/** The binding an expression refers to, if it is one: `redis`, or `this.redis` inside the owning class. */
export function findReferencedBinding<B extends BindingKey>(path: ASTPath, bindings: readonly B[]): B | undefined {
  const node = nodeOf(path);
  if (node.type === 'Identifier') {
    const named = bindings.filter((binding) => binding.access !== 'this-property' && binding.name === node.name);
    // Looking the name up through the scopes costs far more than this check, and most names are not clients.
    if (named.length === 0) return undefined;
    const declaring = lookupScope(path, String(node.name))?.path?.node;
    return named.find((binding) => binding.owner.node === declaring);
  }
  if (isThisProperty(node)) {
    const name = (node.property as NodeLike).name;
    if (!bindings.some((binding) => binding.access === 'this-property' && binding.name === name)) return undefined;
    const classBody = nearestClassBody(path)?.node;
    return bindings.find(
      (binding) => binding.access === 'this-property' && binding.name === name && binding.owner.node === classBody,
    );
  }
  return undefined;
}

export function findClientCalls(file: ParsedFile, bindings: readonly ClientBinding[]): ClientCall[] {
  if (bindings.length === 0) return [];
  const { j } = file;
  const calls: ClientCall[] = [];
  pathsOf(file, j.CallExpression).forEach((path: ASTPath<CallExpression>) => {
    const callee = path.node.callee;
    if (callee.type !== 'MemberExpression' || callee.computed || callee.property.type !== 'Identifier') return;
    const objectPath = (path.get('callee') as ASTPath<MemberExpression>).get('object') as ASTPath;
    const binding = findReferencedBinding(objectPath, bindings);
    if (!binding) return;
    const { line, column } = positionOf(path.node);
    const callback = findCallbackArgument(path, callee.property.name);
    const described = describeResultUse(path);
    // ioredis hands the reply to the callback; node-redis never calls it.
    const resultUse = callback && binding.library === 'ioredis' ? { ...described, used: true, readByCallback: true } : described;
    // node-redis' `LPOP` is its `lPop`: a call is known by its camelCase name.
    const method = knownMethodName(binding.library, callee.property.name);
    calls.push({ binding, method, path, resultUse, callback, line, column });
  });
  return calls;
}
