/**
 * The connection settings of a source client, library-neutral: each field holds the expression the program
 * gave (copied as is, so `Number(process.env.PORT)` keeps working) or a literal we derived. Both ioredis and
 * node-redis readers fill it, first value wins (ioredis merges its arguments that way), and one writer turns
 * it into GLIDE's configuration.
 */
import type { ExpressionKind } from 'ast-types/lib/gen/kinds.js';
import type { BufferTypeMapping } from './buffer-type-mapping.js';

export type SettingName =
  | 'host'
  | 'port'
  | 'username'
  | 'password'
  | 'databaseId'
  | 'clientName'
  | 'connectionTimeout'
  | 'requestTimeout'
  | 'useTLS'
  | 'rootCertificates'
  | 'insecure'
  | 'lazyConnect'
  | 'defaultDecoder';

export interface ConnectionSettings {
  readonly values: Map<SettingName, ExpressionKind>;
  /** Options GLIDE has no counterpart for that only matter when the connection fails; said in a TODO. */
  readonly dropped: string[];
  /** Options whose behaviour GLIDE cannot reproduce: the construction is left alone and flagged. */
  readonly unsupported: string[];
  /**
   * node-redis `commandOptions: { typeMapping: { [RESP_TYPES.BLOB_STRING]: Buffer } }`: every call answers Buffers
   * for bulk strings, GLIDE's `defaultDecoder: Decoder.Bytes` (written as `defaultDecoder`); the name RESP_TYPES has.
   */
  bufferMapping?: BufferTypeMapping;
  /** A connection URL known only at run time (`process.env.REDIS_URL`): read by a generated helper. */
  runtimeUrl?: ExpressionKind;
  /** ioredis `new Redis(port, host)` with a port known only at run time: the host given with it. */
  runtimeHost?: ExpressionKind;
}

export function emptySettings(): ConnectionSettings {
  return { values: new Map(), dropped: [], unsupported: [] };
}

/** Sets a field unless an earlier source already did (ioredis: the first value given for a key wins). */
export function offer(settings: ConnectionSettings, name: SettingName, value: ExpressionKind | undefined): void {
  if (value && !settings.values.has(name)) settings.values.set(name, value);
}
