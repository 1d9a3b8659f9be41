/**
 * `GlideClient.createClient(...)` answers a promise of the client. Kept in a variable or a field without `await`
 * and then used as the client, every call on it fails (`client.get is not a function`) or, in TypeScript, does not
 * compile. A promise that is awaited where it is used (`(await this.client).get(k)`), chained with `then`, or
 * passed on (exported, handed to a function) is not reported: the file shows no misuse.
 */
import { Node, SyntaxKind, type CallExpression } from 'ts-morph';
import { definePitfall } from '../pitfall.js';

const FACTORIES = new Set(['GlideClient', 'GlideClusterClient']);

function isCreateClient(call: CallExpression): boolean {
  const callee = call.getExpression();
  return Node.isPropertyAccessExpression(callee) && callee.getName() === 'createClient' && FACTORIES.has(callee.getExpression().getText());
}

const PROMISE_METHODS = new Set(['then', 'catch', 'finally']);

/** Whether a use of the held promise reads a client method off it (`client.get(...)` where `client` is the promise). */
function readsAMethod(reference: Node): boolean {
  let use = reference;
  const parent = use.getParent();
  // `this.client` / `store.client`: the field, read as a whole.
  if (Node.isPropertyAccessExpression(parent) && parent.getNameNode() === use) use = parent;
  const reader = use.getParent();
  return Node.isPropertyAccessExpression(reader) && reader.getExpression() === use && !PROMISE_METHODS.has(reader.getName());
}

/** The promise is held in a variable or field of which some use calls a client method without awaiting it. */
function usedUnawaited(call: CallExpression): boolean {
  let value: Node = call;
  while (Node.isParenthesizedExpression(value.getParent()) || Node.isAsExpression(value.getParent())) value = value.getParentOrThrow();
  const holder = value.getParent();
  if (!Node.isVariableDeclaration(holder) && !Node.isPropertyDeclaration(holder)) return false;
  const name = holder.getNameNode();
  return Node.isIdentifier(name) && name.findReferencesAsNodes().some(readsAMethod);
}

export const createClientNotAwaited = definePitfall({
  id: 'create-client-not-awaited',
  summary: 'the promise GlideClient.createClient() answers is kept as if it were the client',
  find: (context) =>
    context.sourceFile
      .getDescendantsOfKind(SyntaxKind.CallExpression)
      .filter((call) => isCreateClient(call) && usedUnawaited(call))
      .map((call) => context.at(call, 'createClient() answers a promise: await it (const client = await GlideClient.createClient(...))')),
});
