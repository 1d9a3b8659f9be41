/**
 * The helper a migrated file gets when its connection URL is known only at run time
 * (`new Redis(process.env.REDIS_URL)`, `createClient({ url: process.env.REDIS_URL })`): GLIDE takes no URLs, so
 * the URL is read into GLIDE's address, credentials, database and TLS fields the way ioredis reads it — a
 * missing URL means localhost:6379, a bare number is a port (with the host given next to it), `host:port`
 * needs no scheme, credentials are percent-decoded, `/N` or `?db=N` is the database, `rediss:` turns TLS on.
 * The code is ours (a fixed template); the program's expression only goes in as the argument.
 */
import type { ASTPath, JSCodeshift } from 'jscodeshift';
import type { ExpressionKind } from 'ast-types/lib/gen/kinds.js';

export const CONNECTION_FROM_URL = 'glideConnectionFromUrl';

const TYPED_SIGNATURE = `function ${CONNECTION_FROM_URL}(
  target: string | number | undefined,
  host?: string,
): { addresses: { host: string; port: number }[]; credentials?: { username?: string; password: string }; databaseId?: number; useTLS?: boolean } {`;

const UNTYPED_SIGNATURE = `function ${CONNECTION_FROM_URL}(target, host) {`;

function body(connectionAnnotation: string): string {
  return `
  const text = target === undefined ? 'redis://localhost:6379' : String(target);
  if (text !== '' && String(Number(text)) === text) {
    return { addresses: [{ host: host ?? 'localhost', port: Number(text) }] };
  }
  const url = new URL(text.includes('//') ? text : \`redis://\${text}\`);
  const hostname = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
  const connection${connectionAnnotation} = { addresses: [{ host: hostname || 'localhost', port: Number(url.port || 6379) }] };
  if (url.password) {
    connection.credentials = url.username
      ? { username: decodeURIComponent(url.username), password: decodeURIComponent(url.password) }
      : { password: decodeURIComponent(url.password) };
  }
  const database = url.pathname.slice(1) || url.searchParams.get('db');
  if (database) connection.databaseId = Number(database);
  if (url.protocol === 'rediss:') connection.useTLS = true;
  return connection;
}
`;
}

/** The helper's declaration, typed in TypeScript files, with a comment saying where it came from. */
export function connectionFromUrlDeclaration(j: JSCodeshift, typeScript: boolean) {
  const source = typeScript
    ? `${TYPED_SIGNATURE}${body(`: ReturnType<typeof ${CONNECTION_FROM_URL}>`)}`
    : `${UNTYPED_SIGNATURE}${body('')}`;
  const statement = j.template.statement([source]);
  // Without the template's place, recast prints the helper as a new statement, apart from the program's last one
  // (with it, the helper followed that statement on its line where the file has no final newline).
  statement.loc = null;
  statement.comments = [j.commentLine(' Reads a redis:// URL into GLIDE connection settings, as ioredis read it (added by glide-codemod).', true, false)];
  return statement;
}

export function connectionFromUrlCall(j: JSCodeshift, url: ExpressionKind, host: ExpressionKind | undefined): ExpressionKind {
  return j.callExpression(j.identifier(CONNECTION_FROM_URL), host ? [url, host] : [url]);
}

/** Appends the helper to the program once (function declarations are hoisted, so the end is fine). */
export function ensureConnectionFromUrl(j: JSCodeshift, program: ASTPath, typeScript: boolean): void {
  const body = (program.node as unknown as { body: { type: string; id?: { name?: string } }[] }).body;
  if (body.some((statement) => statement.type === 'FunctionDeclaration' && statement.id?.name === CONNECTION_FROM_URL)) return;
  (body as unknown[]).push(connectionFromUrlDeclaration(j, typeScript));
}
