/**
 * Writes GLIDE's client configuration from connection settings, adding the settings that keep the source
 * client's behaviour (facts file §1):
 * - the port is always written: GLIDE takes a missing port as 0, not 6379;
 * - `requestTimeout`: GLIDE fails any command after 250 ms by default, the source clients never do, so it is
 *   the source's `commandTimeout` or the largest value GLIDE accepts (4294967295 ms);
 * - `inflightRequestsLimit`: GLIDE rejects requests beyond 1000 in flight, the source clients queue them;
 * - `advancedConfiguration.connectionTimeout`: the source's connect timeout, or its default (ioredis 10000 ms,
 *   node-redis 5000 ms) instead of GLIDE's 2000 ms.
 */
import type { JSCodeshift } from 'jscodeshift';
import type { ExpressionKind } from 'ast-types/lib/gen/kinds.js';
import type { SourceLibrary } from '../source/source-library.js';
import { CodeTemplate } from '../ast/code-template.js';
import { connectionFromUrlCall } from './connection-from-url.js';
import type { ConnectionSettings, SettingName } from '../source/connection-settings.js';

export const NO_REQUEST_TIMEOUT = 4294967295;
export const UNLIMITED_INFLIGHT_REQUESTS = 2147483647;
const DEFAULT_CONNECT_TIMEOUT: Readonly<Record<SourceLibrary, number>> = { ioredis: 10000, 'node-redis': 5000 };

type Entry = readonly [name: string, value: ExpressionKind | readonly Entry[]];

/**
 * A host or port read at run time from a property (`process.env.REDIS_HOST`, `config.port`) or a variable may be
 * undefined, where both source clients (and Node's sockets) fall back to localhost and 6379; GLIDE would connect
 * to an empty host or port 0. Such a value gets the source's default; a literal, a call (`Number(...)`) or a value
 * that already has a fallback (`x ?? 'localhost'`) is written as it is.
 */
function withSourceDefault(j: JSCodeshift, value: ExpressionKind, fallback: ExpressionKind, operator: '??' | '||', isDefined: DefinedTest): ExpressionKind {
  const mayBeMissing = value.type === 'MemberExpression' || value.type === 'OptionalMemberExpression' || value.type === 'Identifier';
  return mayBeMissing && !isDefined(value) ? j.logicalExpression(operator, value, fallback) : value;
}

/** Whether the caller knows a value is never undefined (a constant the source initialises with a literal). */
export type DefinedTest = (value: ExpressionKind) => boolean;

/** `name: value` or `name: { inner: value, ... }` on one line each. */
function writeEntry(template: CodeTemplate, [name, value]: Entry): void {
  if (!Array.isArray(value)) {
    const expression = value as ExpressionKind;
    // `{ host }` where the source said `{ host }` (or `new Redis(port, host)` with variables of those names).
    if (expression.type === 'Identifier' && expression.name === name) template.text(name);
    else template.text(`${name}: `).node(expression);
    return;
  }
  template.text(`${name}: `);
  template.text('{ ');
  (value as readonly Entry[]).forEach((inner, index) => {
    if (index > 0) template.text(', ');
    writeEntry(template, inner);
  });
  template.text(' }');
}

export function glideConfiguration(j: JSCodeshift, settings: ConnectionSettings, library: SourceLibrary, isDefined: DefinedTest = () => false): ExpressionKind {
  const get = (name: SettingName) => settings.values.get(name);
  const entries: Entry[] = [];
  const optional = (name: string, setting: SettingName) => {
    const value = get(setting);
    if (value) entries.push([name, value]);
  };
  const credentials: Entry[] = [];
  const username = get('username');
  const password = get('password');
  if (username) credentials.push(['username', username]);
  if (password) credentials.push(['password', password]);
  if (credentials.length > 0) entries.push(['credentials', credentials]);
  optional('databaseId', 'databaseId');
  optional('clientName', 'clientName');
  optional('useTLS', 'useTLS');
  optional('lazyConnect', 'lazyConnect');
  optional('defaultDecoder', 'defaultDecoder');
  const parity: Entry[] = [];
  parity.push(['requestTimeout', get('requestTimeout') ?? j.numericLiteral(NO_REQUEST_TIMEOUT)]);
  parity.push(['inflightRequestsLimit', j.numericLiteral(UNLIMITED_INFLIGHT_REQUESTS)]);
  const advanced: Entry[] = [['connectionTimeout', get('connectionTimeout') ?? j.numericLiteral(DEFAULT_CONNECT_TIMEOUT[library])]];
  const tls: Entry[] = [];
  const rootCertificates = get('rootCertificates');
  const insecure = get('insecure');
  if (rootCertificates) tls.push(['rootCertificates', rootCertificates]);
  if (insecure) tls.push(['insecure', insecure]);
  if (tls.length > 0) advanced.push(['tlsAdvancedConfiguration', tls]);
  parity.push(['advancedConfiguration', advanced]);

  const template = new CodeTemplate().text('{\n');
  if (!settings.runtimeUrl) {
    template.text('  addresses: [{ ');
    // An empty host is Node's localhost too: `||`.
    const host = get('host');
    writeEntry(template, ['host', host ? withSourceDefault(j, host, j.stringLiteral('localhost'), '||', isDefined) : j.stringLiteral('localhost')]);
    template.text(', ');
    const port = get('port');
    writeEntry(template, ['port', port ? withSourceDefault(j, port, j.numericLiteral(6379), '??', isDefined) : j.numericLiteral(6379)]);
    template.text(' }],\n');
  }
  const writeLine = (entry: Entry) => {
    template.text('  ');
    writeEntry(template, entry);
    template.text(',\n');
  };
  entries.forEach(writeLine);
  // After the explicit options: what the URL says wins, as in both source clients.
  if (settings.runtimeUrl) {
    template.text('  ...').node(connectionFromUrlCall(j, settings.runtimeUrl, settings.runtimeHost)).text(',\n');
  }
  parity.forEach(writeLine);
  return template.text('}').toExpression(j);
}
