/**
 * AUTH with a password alone: ioredis' `auth(password)` and node-redis' `auth({ password })` become GLIDE's
 * `updateConnectionPassword(password, true)`, which sends AUTH on every connection of the client at once and keeps
 * the password for its reconnections. The reply is the same `"OK"`, and a wrong password rejects with the server's
 * WRONGPASS in all three clients. With a username (ioredis' `auth(username, password)`, node-redis'
 * `{ username, password }`) GLIDE has no method (a client's username is fixed when it is created), so the command
 * is sent as it was, `customCommand(['AUTH', username, password])`: the connection changes user as before, and on
 * a reconnection every client goes back to the credentials it was created with. Options not written out are not
 * known, and are flagged.
 */
import type { ASTPath } from 'jscodeshift';
import type { ClientCall } from '../../engine/analyse/types.js';
import { defineCallRule, type RuleContext } from '../../engine/rewrite/rule.js';
import { commandNamesMigratedBy } from '../../knowledge/commands/catalogue.js';
import { argumentPaths, type ArgumentKind } from '../support/arguments.js';
import { cannotMap } from '../support/cannot-map.js';
import { objectLiteralEntries } from '../support/object-literal-entries.js';
import { hasOnlyPositionalArguments, setArguments, setMethod } from './call-shape.js';

interface Credentials {
  readonly username?: ASTPath;
  readonly password: ASTPath;
}

/** The password the call passes, and the username before it; undefined when they are not known from the syntax. */
function credentialsOf(call: ClientCall): Credentials | undefined {
  const paths = argumentPaths(call.path);
  if (paths.length !== 1 && !(paths.length === 2 && call.binding.library === 'ioredis')) return undefined;
  if (!hasOnlyPositionalArguments(call)) return undefined;
  if (call.binding.library === 'ioredis') return paths.length === 2 ? { username: paths[0], password: paths[1] } : { password: paths[0] };
  const options = objectLiteralEntries(paths[0]);
  const password = options?.get('password');
  const names = [...(options?.keys() ?? [])];
  if (!password || !names.every((name) => name === 'password' || name === 'username')) return undefined;
  return { username: options?.get('username'), password };
}

function apply(call: ClientCall, context: RuleContext): void {
  const { j } = context;
  const credentials = credentialsOf(call);
  if (!credentials) {
    context.flag(call.path, cannotMap(call, 'updateConnectionPassword', 'options'));
    return;
  }
  const { username, password } = credentials;
  if (username) {
    setMethod(call, context, 'customCommand');
    setArguments(call, [j.arrayExpression([j.stringLiteral('AUTH'), username.node as never, password.node as never])]);
    context.convertReply(call, undefined, { typeScript: "'OK'" });
    context.recordEdit(call.path.node, `${call.method}(username, password) → customCommand(['AUTH', username, password])`);
    return;
  }
  setMethod(call, context, 'updateConnectionPassword');
  setArguments(call, [password.node as unknown as ArgumentKind, context.j.booleanLiteral(true)]);
  context.convertReply(call, undefined, { typeScript: "'OK'" });
  context.recordEdit(call.path.node, `${call.method}(password) → updateConnectionPassword(password, true)`);
}

export const authPassword = defineCallRule({
  id: 'auth-password',
  phase: 'commands',
  summary: 'AUTH with a password alone becomes GLIDE’s updateConnectionPassword(password, true); with a username, customCommand([\'AUTH\', username, password])',
  clients: ['ioredis', 'node-redis'],
  safety: 'exact',
  commands: commandNamesMigratedBy('auth-password'),
  apply,
});
