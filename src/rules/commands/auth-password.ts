/**
 * AUTH with a password alone: ioredis' `auth(password)` and node-redis' `auth({ password })` become GLIDE's
 * `updateConnectionPassword(password, true)`, which sends AUTH on every connection of the client at once and keeps
 * the password for its reconnections. The reply is the same `"OK"`, and a wrong password rejects with the server's
 * WRONGPASS in all three clients. A username (ioredis' `auth(username, password)`, node-redis' `{ username }`)
 * cannot change on a GLIDE client after it is created, and options not written out are not known: both are flagged.
 */
import type { ASTPath } from 'jscodeshift';
import type { ClientCall } from '../../engine/analyse/types.js';
import { defineCallRule, type RuleContext } from '../../engine/rewrite/rule.js';
import { commandNamesMigratedBy } from '../../knowledge/commands/catalogue.js';
import { argumentPaths, type ArgumentKind } from '../support/arguments.js';
import { cannotMap } from '../support/cannot-map.js';
import { objectLiteralEntries } from '../support/object-literal-entries.js';
import { hasOnlyPositionalArguments, setArguments, setMethod } from './call-shape.js';

/** The password the call passes, when it passes nothing else. */
function passwordOf(call: ClientCall): ASTPath | undefined {
  const paths = argumentPaths(call.path);
  if (paths.length !== 1 || !hasOnlyPositionalArguments(call)) return undefined;
  if (call.binding.library === 'ioredis') return paths[0];
  const options = objectLiteralEntries(paths[0]);
  return options && options.size === 1 ? options.get('password') : undefined;
}

function apply(call: ClientCall, context: RuleContext): void {
  const password = passwordOf(call);
  if (!password) {
    context.flag(call.path, cannotMap(call, 'updateConnectionPassword', 'a username, or options'));
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
  summary: 'AUTH with a password alone becomes GLIDE’s updateConnectionPassword(password, true); a username is flagged',
  clients: ['ioredis', 'node-redis'],
  safety: 'exact',
  commands: commandNamesMigratedBy('auth-password'),
  apply,
});
