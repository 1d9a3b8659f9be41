/**
 * Blocking commands (BLPOP, BRPOP, BLMOVE, BZPOPMIN, BZPOPMAX, BLMPOP, BZMPOP) on a client created without a
 * `requestTimeout`. GLIDE lets the blocking command itself wait (checked live), but every other command of the
 * client waits behind the block on its one connection and fails after the default 250 ms, and a blocking command
 * queued in a batch obeys the timeout too. Reported where the client's configuration is an object literal in the
 * same file without `requestTimeout`.
 */
import { Node, SyntaxKind, type CallExpression, type ObjectLiteralExpression } from 'ts-morph';
import { definePitfall } from '../pitfall.js';

const BLOCKING = ['blpop', 'brpop', 'blmove', 'bzpopmin', 'bzpopmax', 'blmpop', 'bzmpop'];

/** The configuration object literal the receiver's client was created with, when the file shows it. */
function configurationOf(call: CallExpression): ObjectLiteralExpression | undefined {
  const receiver = call.getExpression();
  if (!Node.isPropertyAccessExpression(receiver)) return undefined;
  const symbol = receiver.getExpression().getSymbol();
  for (const declaration of symbol?.getDeclarations() ?? []) {
    if (!Node.isVariableDeclaration(declaration) && !Node.isPropertyDeclaration(declaration)) continue;
    const creation = declaration.getInitializer()?.getFirstDescendantByKind(SyntaxKind.CallExpression);
    const [configuration] = creation?.getArguments() ?? [];
    if (creation?.getExpression().getText().endsWith('.createClient') && Node.isObjectLiteralExpression(configuration)) return configuration;
  }
  return undefined;
}

export const blockingCommandDefaultTimeout = definePitfall({
  id: 'blocking-command-default-timeout',
  summary: "a blocking command runs on a client with GLIDE's default 250 ms requestTimeout",
  find: (context) =>
    BLOCKING.flatMap((method) => context.clientCalls(method)).flatMap((call) => {
      const configuration = configurationOf(call);
      if (!configuration || configuration.getProperty('requestTimeout')) return [];
      const callee = call.getExpression();
      const method = Node.isPropertyAccessExpression(callee) ? callee.getName() : callee.getText();
      return [context.at(call, `${method}() blocks, and the client was created without requestTimeout: the client's other commands wait behind the block and fail after GLIDE's default of 250 ms (so does a blocking command in a batch); give the blocking loop a client of its own, or set requestTimeout above the longest block`)];
    }),
});
