/**
 * The shape of the command catalogue: one entry per Redis command, with its name in each client library and how
 * a call in ioredis or node-redis becomes GLIDE's. The entries are data; the rules that read them are small.
 */

export const COMMAND_FAMILIES = [
  'strings',
  'keys',
  'hashes',
  'lists',
  'sets',
  'sorted-sets',
  'bitmaps',
  'hyperloglog',
  'geo',
  'server',
  'scripting',
  'streams',
  'pubsub',
  'transactions',
] as const;

export type CommandFamily = (typeof COMMAND_FAMILIES)[number];

/**
 * Parameter kinds of a positional call, one letter per parameter: `s` a GlideString (a number is passed as a
 * string in TypeScript), `n` a number (a numeric string literal becomes a number in TypeScript), `a` anything,
 * `e` a keyword that GLIDE takes as a member of the entry's `keywordEnum` (same-shape commands only).
 */
export type ParameterKinds = string;

/**
 * A GLIDE enum whose members' values are the server's keywords, as written (CLIENT PAUSE's `ClientPauseMode`:
 * `WRITE = "WRITE"`, `ALL = "ALL"`): a keyword written as a literal becomes the member, one computed at run time is
 * passed as it is (cast to the enum in TypeScript), which GLIDE sends as the same text.
 */
export interface KeywordEnum {
  readonly name: string;
  readonly members: readonly string[];
}

/** How a call of the command is migrated, and by which rule. */
export type CommandMigration =
  /** Same arguments in the same places and the same reply: only the method's name may change. */
  | {
      readonly rule: 'same-shape-commands';
      readonly parameters: ParameterKinds;
      /** The enum an `e` parameter becomes a member of. */
      readonly keywordEnum?: KeywordEnum;
      /** The reply type the source client promised, where GLIDE's type is wider (a TypeScript cast). */
      readonly replyType?: string;
    }
  /** The source's varargs (keys, members, elements) after `leading` scalar parameters become GLIDE's one array. */
  | {
      readonly rule: 'variadic-arguments-to-array';
      readonly leading: 0 | 1;
      readonly replyType?: string;
    }
  /** GLIDE answers true / false where both source clients answer 1 / 0; the reply is read back as a number. */
  | {
      readonly rule: 'boolean-reply-to-integer';
      readonly parameters: ParameterKinds;
      /** What the call takes after its positional parameters: an expiry keyword, or a list of members. */
      readonly takes?: 'expire-option' | 'member-list';
      /** One flag (the default) or one flag per member. */
      readonly replies?: 'one' | 'each';
    }
  /**
   * A command GLIDE has no typed method for, sent as `customCommand([...words, ...arguments])`; its reply is the
   * server's, as the source clients gave it (a number, a string, null).
   */
  | {
      readonly rule: 'custom-command';
      /** The command's words before its arguments: `['MEMORY', 'USAGE']`. */
      readonly words: readonly string[];
      readonly parameters: ParameterKinds;
      /** After `parameters`, any number more of this kind (ACL SETUSER's rules, ACL DELUSER's further users). */
      readonly rest?: 's';
      /** The reply's type in TypeScript (customCommand is typed GlideReturnType). */
      readonly replyType: string;
      /** node-redis' reply type where it is not ioredis' `replyType` (MEMORY STATS: an object, not a list). */
      readonly nodeRedisReplyType?: string;
      /**
       * The reply is a map (MEMORY STATS), which customCommand answers as GLIDE's `{ key, value }` records, a nested
       * map as records too: read back as ioredis' flat `[name, value, ...]` list and node-redis' object (a nested
       * map alike). `doubles` names the fields whose value is a double: a number in GLIDE and node-redis, the
       * server's text in ioredis, so `String(value)` there.
       */
      readonly mapReply?: { readonly doubles: readonly string[] };
    }
  /** Range bounds, by score (`'(5'`, `'-inf'`) or lexicographic (`'[a'`, `'-'`), become GLIDE's Boundary objects. */
  | { readonly rule: 'zcount-bounds'; readonly bounds: 'score' | 'lex' }
  /**
   * ZUNION / ZINTER / ZDIFF: the key count and keys become GLIDE's key array, WITHSCORES the `*WithScores` method
   * whose reply is read back in the source's shape; `weights` says whether the command takes WEIGHTS and AGGREGATE.
   */
  | { readonly rule: 'zcombine-with-scores'; readonly weights: boolean }
  /**
   * A key count and the keys (ioredis) or a key or array of keys (node-redis) after `leading` scalar parameters
   * become GLIDE's one key array; with `limit`, LIMIT (`'LIMIT', n` or `{ LIMIT: n }`) becomes `{ limit }`.
   */
  | { readonly rule: 'key-count-to-array'; readonly leading: 0 | 1; readonly limit: boolean }
  /** A behaviour difference with a rule of its own, which holds the knowledge (tokens, pairs, reply shapes). */
  | { readonly rule: IrregularRuleId };

/** The rules whose command knowledge is code, not catalogue data: each handles one irregular difference. */
export type IrregularRuleId =
  | 'hset-field-value-pairs'
  | 'hgetall-returns-object'
  | 'hrandfield-count'
  | 'set-reply-to-array'
  | 'pop-with-count'
  | 'blocking-list-pops'
  | 'blocking-sorted-set-pops'
  | 'linsert-position'
  | 'lmove-directions'
  | 'lmpop-shape'
  | 'lpos-options'
  | 'keys-to-custom-command'
  | 'config-commands'
  | 'geoadd-members'
  | 'geodist-unit'
  | 'geosearch-shape'
  | 'geopos-coordinates'
  | 'bitfield-subcommands'
  | 'bitop-operation'
  | 'bit-range-options'
  | 'server-commands'
  | 'client-tracking-info'
  | 'replicaof-no-one'
  | 'set-options'
  | 'setex-to-set-expiry'
  | 'setnx-to-conditional-set'
  | 'getset-to-set-return-old'
  | 'getex-expiry-options'
  | 'mset-key-value-pairs'
  | 'float-reply-to-string'
  | 'lcs-forms'
  | 'dump-and-restore'
  | 'sort-options'
  | 'zadd-score-member-pairs'
  | 'score-reply-to-string'
  | 'zrange-family'
  | 'zrange-by-lex'
  | 'zstore-keys-and-weights'
  | 'zrank-with-score'
  | 'zrandmember-count'
  | 'zmpop-scores'
  | 'zpop-scores'
  | 'scan-cursors'
  | 'auth-password'
  | 'eval-to-invoke-script'
  | 'evalsha-to-custom-command'
  | 'script-load-to-custom-command'
  | 'fcall-keys-and-arguments'
  | 'function-commands';

export interface CommandEntry {
  /** The command as Redis names it: `ZADD`. */
  readonly command: string;
  readonly family: CommandFamily;
  /** GLIDE's method: on every client (BaseClient) or on the standalone GlideClient. */
  readonly glide: string;
  /** GLIDE's other methods for forms of the same command (`lpopCount` for LPOP with a count). */
  readonly glideAlso?: readonly string[];
  /** ioredis' method names. */
  readonly ioredis: readonly string[];
  /**
   * For a container command's subcommand (CONFIG GET), the first argument that names it in ioredis' one method
   * for all of them (`config('GET', ...)`).
   */
  readonly ioredisSubcommand?: string;
  /**
   * `'subcommand'` where ioredis' one method belongs to another rule for its other subcommands: this entry's rule
   * owns only the calls naming `ioredisSubcommand` as a literal, listed in its commands as `client TRACKINGINFO`.
   */
  readonly ioredisClaim?: 'subcommand';
  /**
   * ioredis' `*Buffer` twins that answer Buffers instead of strings (`getBuffer`): GLIDE's method with
   * `{ decoder: Decoder.Bytes }` after the positional arguments. Listed where the migration covers them.
   */
  readonly ioredisBuffer?: readonly string[];
  /**
   * With node-redis' BLOB_STRING mapped to Buffer (`commandOptions: { typeMapping }` in `createClient`, or
   * `withTypeMapping`), the migrated call on a GLIDE client whose decoder is `Decoder.Bytes` answers the same
   * values (same types, same bytes; compared live, command by command). `'client'`: proven with
   * `defaultDecoder: Decoder.Bytes`; `'call'`: also per call, as GLIDE's method with `{ decoder: Decoder.Bytes }`
   * after the positional parameters (same-shape commands only). Unlisted commands keep a mapped client as written.
   */
  readonly nodeRedisBuffers?: 'client' | 'call';
  /**
   * The reply type node-redis' typings give a Buffer-mapped client, where it is not the migrated call's cast with
   * `string` read as `Buffer` (TYPE's simple string stays a string; SET answers `'OK'` or the old value).
   */
  readonly nodeRedisBufferCast?: string;
  /**
   * node-redis' method names (v4 to v6): camelCase, here and there with its UPPERCASE alias. Every alias is known
   * anyway (`knowledge/node-redis-method-names.ts`, generated from node-redis): the analysis names a call by the
   * camelCase method.
   */
  readonly nodeRedis: readonly string[];
  readonly migration: CommandMigration;
  /** What differs between the source clients and GLIDE, for the reference pages (empty: nothing but the name). */
  readonly differences?: string;
}

/** The entries one rule migrates, their `migration` narrowed to that rule's. */
export type EntryOf<Rule extends CommandMigration['rule']> = CommandEntry & {
  readonly migration: Extract<CommandMigration, { rule: Rule }>;
};
