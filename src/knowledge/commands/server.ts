/** Server and connection commands. */
import type { CommandEntry } from './types.js';

/**
 * LATENCY HISTORY and LATEST are sent as they are: GLIDE's latencyHistory / latencyLatest answer objects of their
 * own, customCommand the server's lists, as both source clients do.
 */
const LATENCY_AS_SENT = "Sent as customCommand(['LATENCY', ...]): the server's lists as both source clients answer them (GLIDE's typed method answers objects of its own).";

/** ioredis has one memory() method for the MEMORY subcommands, which one rule (custom-command, for MEMORY USAGE) migrates. */
const MEMORY_AS_SENT = "Sent as customCommand(['MEMORY', ...]) with the other MEMORY subcommands (ioredis' one memory() method): the same reply as GLIDE's typed method and both source clients'.";

export const SERVER_COMMANDS: readonly CommandEntry[] = [
  { command: 'DBSIZE', family: 'server', glide: 'dbsize', ioredis: ['dbsize'], nodeRedis: ['dbSize', 'DBSIZE'], nodeRedisBuffers: 'client', migration: { rule: 'same-shape-commands', parameters: '' } },
  { command: 'ECHO', family: 'server', glide: 'echo', ioredis: ['echo'], nodeRedis: ['echo', 'ECHO'], nodeRedisBuffers: 'call', migration: { rule: 'same-shape-commands', parameters: 's', replyType: 'string' } },
  { command: 'TIME', family: 'server', glide: 'time', ioredis: ['time'], nodeRedis: ['time', 'TIME'], migration: { rule: 'same-shape-commands', parameters: '' } },
  { command: 'LASTSAVE', family: 'server', glide: 'lastsave', ioredis: ['lastsave'], nodeRedis: ['lastSave', 'LASTSAVE'], migration: { rule: 'same-shape-commands', parameters: '' } },
  {
    command: 'SELECT', family: 'server', glide: 'select', ioredis: ['select'], nodeRedis: ['select', 'SELECT'], migration: { rule: 'server-commands' },
    differences: "ioredis' 'OK' is GLIDE's; node-redis resolved to undefined, so GLIDE's 'OK' is dropped. The index is a number (a numeric string becomes one in TypeScript). The database stays selected after a reconnection in all three clients (GLIDE 2.5.2 reconnects to the database select() chose, checked live with CLIENT KILL; its doc comment says otherwise). GLIDE's configuration also takes databaseId, which selects it from the start.",
  },
  {
    command: 'INFO', family: 'server', glide: 'info', ioredis: ['info'], nodeRedis: ['info', 'INFO'], migration: { rule: 'same-shape-commands', parameters: '' },
    differences: "Without a section the same text; a section name becomes GLIDE's InfoOptions enum in a list, which is not migrated yet.",
  },
  { command: 'SAVE', family: 'server', glide: 'save', ioredis: ['save'], nodeRedis: [], migration: { rule: 'same-shape-commands', parameters: '' } },
  {
    command: 'BGSAVE', family: 'server', glide: 'bgsave', glideAlso: ['bgsaveSchedule'], ioredis: ['bgsave'], nodeRedis: ['bgSave', 'BGSAVE'], migration: { rule: 'server-commands' },
    differences: "The same text (\"Background saving started\"). The SCHEDULE form, ioredis' bgsave('SCHEDULE') and node-redis' bgSave({ SCHEDULE: true }), is GLIDE's bgsaveSchedule(), with the same text: \"Background saving started\", or \"Background saving scheduled\" while another child (an AOF rewrite) runs; all three reject a BGSAVE of either form while one runs already, and the plain form while another child runs (checked live).",
  },
  { command: 'BGREWRITEAOF', family: 'server', glide: 'bgrewriteaof', ioredis: ['bgrewriteaof'], nodeRedis: ['bgRewriteAof', 'BGREWRITEAOF'], migration: { rule: 'same-shape-commands', parameters: '' } },
  {
    command: 'CLIENT ID', family: 'server', glide: 'clientId', ioredis: ['client'], ioredisSubcommand: 'ID', nodeRedis: ['clientId', 'CLIENT_ID'],
    migration: { rule: 'same-shape-commands', parameters: '' },
    differences: "ioredis names the subcommand as its first argument (client('ID')); GLIDE has a method for it, with the same reply (the connection's id).",
  },
  {
    command: 'CLIENT GETNAME', family: 'server', glide: 'clientGetName', ioredis: ['client'], ioredisSubcommand: 'GETNAME', nodeRedis: ['clientGetName', 'CLIENT_GETNAME'],
    migration: { rule: 'same-shape-commands', parameters: '', replyType: 'string | null' },
    differences: "ioredis names the subcommand as its first argument (client('GETNAME')); GLIDE has a method for it, with the same reply (the connection name the client was created with, or null).",
  },
  {
    command: 'CONFIG GET', family: 'server', glide: 'configGet', ioredis: ['config'], ioredisSubcommand: 'GET', nodeRedis: ['configGet'], migration: { rule: 'config-commands' },
    differences: "GLIDE takes the parameters as one array and answers a record, as node-redis does; ioredis answered the server's flat [name, value, ...] list, which is rebuilt from the record.",
  },
  {
    command: 'CONFIG SET', family: 'server', glide: 'configSet', ioredis: ['config'], ioredisSubcommand: 'SET', nodeRedis: ['configSet'], migration: { rule: 'config-commands' },
    differences: 'GLIDE takes the parameters and values as one record; the reply is the same "OK".',
  },
  {
    command: 'CONFIG RESETSTAT', family: 'server', glide: 'configResetStat', ioredis: ['config'], ioredisSubcommand: 'RESETSTAT', nodeRedis: ['configResetStat'], migration: { rule: 'config-commands' },
    differences: 'ioredis names the subcommand as its first argument; GLIDE has a method for it, answering the same "OK".',
  },
  {
    command: 'MEMORY USAGE', family: 'server', glide: 'customCommand', ioredis: ['memory'], ioredisSubcommand: 'USAGE', nodeRedis: ['memoryUsage'],
    migration: { rule: 'custom-command', words: ['MEMORY', 'USAGE'], parameters: 's', replyType: 'number | null' },
    differences: "GLIDE has no typed method: customCommand(['MEMORY', 'USAGE', key]) answers the same bytes, or null for a missing key.",
  },
  {
    command: 'COMMAND COUNT', family: 'server', glide: 'customCommand', ioredis: ['command'], ioredisSubcommand: 'COUNT', nodeRedis: ['commandCount'],
    migration: { rule: 'custom-command', words: ['COMMAND', 'COUNT'], parameters: '', replyType: 'number' },
    differences: "GLIDE has no typed method: customCommand(['COMMAND', 'COUNT']) answers the same number.",
  },
  {
    command: 'ACL WHOAMI', family: 'server', glide: 'customCommand', ioredis: ['acl'], ioredisSubcommand: 'WHOAMI', nodeRedis: ['aclWhoAmI'],
    migration: { rule: 'custom-command', words: ['ACL', 'WHOAMI'], parameters: '', replyType: 'string' },
    differences: "GLIDE has no typed method: customCommand(['ACL', 'WHOAMI']) answers the same user name.",
  },
  {
    command: 'ACL USERS', family: 'server', glide: 'customCommand', ioredis: ['acl'], ioredisSubcommand: 'USERS', nodeRedis: ['aclUsers'],
    migration: { rule: 'custom-command', words: ['ACL', 'USERS'], parameters: '', replyType: 'string[]' },
    differences: "GLIDE has no typed method: customCommand(['ACL', 'USERS']) answers the same list of names.",
  },
  {
    command: 'ACL SETUSER', family: 'server', glide: 'customCommand', ioredis: ['acl'], ioredisSubcommand: 'SETUSER', nodeRedis: [],
    migration: { rule: 'custom-command', words: ['ACL', 'SETUSER'], parameters: 's', rest: 's', replyType: "'OK'" },
    differences: "GLIDE has no typed method: customCommand(['ACL', 'SETUSER', user, ...rules]) answers the same \"OK\". node-redis' aclSetUser(user, rules) takes its rules as one argument, so only its raw sendCommand form is migrated.",
  },
  {
    command: 'ACL DELUSER', family: 'server', glide: 'customCommand', ioredis: ['acl'], ioredisSubcommand: 'DELUSER', nodeRedis: [],
    migration: { rule: 'custom-command', words: ['ACL', 'DELUSER'], parameters: 's', rest: 's', replyType: 'number' },
    differences: "GLIDE has no typed method: customCommand(['ACL', 'DELUSER', ...users]) answers the same count. node-redis' aclDelUser takes one user or a list, so only its raw sendCommand form is migrated.",
  },
  {
    command: 'PING', family: 'server', glide: 'ping', ioredis: ['ping'], nodeRedis: ['ping'], migration: { rule: 'server-commands' },
    differences: 'A message becomes GLIDE\'s { message } option.',
  },
  {
    command: 'FLUSHALL', family: 'server', glide: 'flushall', ioredis: ['flushall'], nodeRedis: ['flushAll'], nodeRedisBuffers: 'client', migration: { rule: 'server-commands' },
    differences: "ASYNC / SYNC becomes GLIDE's FlushMode enum.",
  },
  {
    command: 'FLUSHDB', family: 'server', glide: 'flushdb', ioredis: ['flushdb'], nodeRedis: ['flushDb'], nodeRedisBuffers: 'client', migration: { rule: 'server-commands' },
    differences: "ASYNC / SYNC becomes GLIDE's FlushMode enum.",
  },
  {
    command: 'AUTH', family: 'server', glide: 'updateConnectionPassword', glideAlso: ['customCommand'], ioredis: ['auth'], nodeRedis: ['auth', 'AUTH'], migration: { rule: 'auth-password' },
    differences: "A password alone becomes GLIDE's updateConnectionPassword(password, true), which authenticates every connection of the client at once and keeps the password for reconnections; the reply is the same \"OK\" (WRONGPASS rejects in all three). With a username GLIDE has no method (a client's username is fixed when it is created), so customCommand(['AUTH', username, password]) sends the same command, with the same \"OK\"; on a reconnection every client goes back to the credentials it was created with.",
  },
  {
    command: 'WAIT', family: 'server', glide: 'wait', ioredis: ['wait'], nodeRedis: ['wait', 'WAIT'], migration: { rule: 'same-shape-commands', parameters: 'nn' },
    differences: 'The same number of replicas that acknowledged the connection\'s writes.',
  },
  {
    command: 'LOLWUT', family: 'server', glide: 'lolwut', ioredis: ['lolwut'], nodeRedis: ['LOLWUT'], migration: { rule: 'server-commands' },
    differences: "The same text. A version and its parameters (ioredis' lolwut('VERSION', 5, 10, 1, 1), node-redis' LOLWUT(5, 10, 1, 1)) become GLIDE's lolwut({ version: 5, parameters: [10, 1, 1] }), numbers in TypeScript (checked live with version 5 and one square, whose art is the same every time).",
  },
  {
    command: 'CONFIG REWRITE', family: 'server', glide: 'configRewrite', ioredis: ['config'], ioredisSubcommand: 'REWRITE', nodeRedis: ['configRewrite'], migration: { rule: 'config-commands' },
    differences: 'ioredis names the subcommand as its first argument; GLIDE has a method for it, answering the same "OK" (and rejecting, as both source clients do, on a server started without a config file).',
  },
  {
    command: 'CLIENT PAUSE', family: 'server', glide: 'clientPause', ioredis: ['client'], ioredisSubcommand: 'PAUSE', nodeRedis: ['clientPause'],
    migration: { rule: 'same-shape-commands', parameters: 'ne', keywordEnum: { name: 'ClientPauseMode', members: ['WRITE', 'ALL'] } },
    differences: "The same \"OK\", with or without a mode: 'WRITE' or 'ALL' written as a literal becomes ClientPauseMode.WRITE / ALL, whose values are the same words; a mode computed at run time is passed as it is (cast to ClientPauseMode in TypeScript). Checked live: a write waits out a WRITE pause, a read goes through.",
  },
  {
    command: 'CLIENT UNPAUSE', family: 'server', glide: 'clientUnpause', ioredis: ['client'], ioredisSubcommand: 'UNPAUSE', nodeRedis: ['clientUnpause'],
    migration: { rule: 'same-shape-commands', parameters: '' },
    differences: "ioredis names the subcommand as its first argument (client('UNPAUSE')); GLIDE has a method for it, with the same \"OK\".",
  },
  {
    command: 'LATENCY HISTORY', family: 'server', glide: 'customCommand', ioredis: ['latency'], ioredisSubcommand: 'HISTORY', nodeRedis: ['latencyHistory'],
    migration: { rule: 'custom-command', words: ['LATENCY', 'HISTORY'], parameters: 's', replyType: '[number, number][]' },
    differences: LATENCY_AS_SENT,
  },
  {
    command: 'LATENCY LATEST', family: 'server', glide: 'customCommand', ioredis: ['latency'], ioredisSubcommand: 'LATEST', nodeRedis: ['latencyLatest'],
    migration: { rule: 'custom-command', words: ['LATENCY', 'LATEST'], parameters: '', replyType: '[string, number, number, number][]' },
    differences: LATENCY_AS_SENT,
  },
  {
    command: 'LATENCY RESET', family: 'server', glide: 'customCommand', ioredis: ['latency'], ioredisSubcommand: 'RESET', nodeRedis: ['latencyReset'],
    migration: { rule: 'custom-command', words: ['LATENCY', 'RESET'], parameters: '', replyType: 'number' },
    differences: "Sent as customCommand(['LATENCY', 'RESET']), with the other LATENCY subcommands (ioredis has one latency() method for them); the same count of event series reset. Event names are not migrated yet.",
  },
  {
    command: 'MEMORY DOCTOR', family: 'server', glide: 'customCommand', ioredis: ['memory'], ioredisSubcommand: 'DOCTOR', nodeRedis: ['memoryDoctor'],
    migration: { rule: 'custom-command', words: ['MEMORY', 'DOCTOR'], parameters: '', replyType: 'string' },
    differences: MEMORY_AS_SENT,
  },
  {
    command: 'MEMORY MALLOC-STATS', family: 'server', glide: 'customCommand', ioredis: ['memory'], ioredisSubcommand: 'MALLOC-STATS', nodeRedis: ['memoryMallocStats'],
    migration: { rule: 'custom-command', words: ['MEMORY', 'MALLOC-STATS'], parameters: '', replyType: 'string' },
    differences: MEMORY_AS_SENT,
  },
  {
    command: 'MEMORY PURGE', family: 'server', glide: 'customCommand', ioredis: ['memory'], ioredisSubcommand: 'PURGE', nodeRedis: ['memoryPurge'],
    migration: { rule: 'custom-command', words: ['MEMORY', 'PURGE'], parameters: '', replyType: "'OK'" },
    differences: MEMORY_AS_SENT,
  },
  {
    command: 'MEMORY STATS', family: 'server', glide: 'customCommand', ioredis: ['memory'], ioredisSubcommand: 'STATS', nodeRedis: ['memoryStats'],
    migration: {
      // node-redis types the object's 30 fields as numbers (db.0 it leaves out).
      rule: 'custom-command', words: ['MEMORY', 'STATS'], parameters: '', replyType: 'unknown[]', nodeRedisReplyType: 'Record<string, number>',
      // The server's doubles (valkey 8.0; node-redis' MEMORY_STATS converts the same six on RESP2).
      mapReply: { doubles: ['dataset.percentage', 'peak.percentage', 'allocator-fragmentation.ratio', 'allocator-rss.ratio', 'rss-overhead.ratio', 'fragmentation'] },
    },
    differences: "Sent as customCommand(['MEMORY', 'STATS']), which answers GLIDE's { key, value } records (db.0 records too), read back as ioredis' flat [name, value, ...] list (db.0 a flat list, the percentages and ratios as text) and node-redis' object by the server's names (db.0 an object, every value a number). GLIDE's typed memoryStats answers an object of its own camelCase names. ioredis' text for a double is String(value), the server's text for ordinary values (not for some below 1e-4, such as 1.25e-5).",
  },
  {
    command: 'CLIENT TRACKINGINFO', family: 'server', glide: 'clientTrackingInfo', ioredis: ['client'], ioredisSubcommand: 'TRACKINGINFO', ioredisClaim: 'subcommand', nodeRedis: ['clientTrackingInfo'],
    migration: { rule: 'client-tracking-info' },
    differences: "GLIDE answers { flags, redirect, prefixes } with Sets (in the server's order), where node-redis had arrays and ioredis' client('TRACKINGINFO') the server's flat list ['flags', ['off'], 'redirect', -1, 'prefixes', []] (checked live; its typings say string): each is rebuilt from the Sets.",
  },
  {
    command: 'RESET', family: 'server', glide: 'reset', ioredis: ['reset'], nodeRedis: [], migration: { rule: 'same-shape-commands', parameters: '' },
    differences: "The same \"RESET\" (ioredis' typings say 'OK'), and the same reset connection: GLIDE's one connection, like ioredis', is back on database 0, unnamed and on RESP2 until it reconnects (checked live; later commands answer as before).",
  },
  {
    command: 'REPLICAOF NO ONE', family: 'server', glide: 'replicaofNoOne', ioredis: ['replicaof'], nodeRedis: ['replicaOf', 'REPLICAOF'], migration: { rule: 'replicaof-no-one' },
    differences: "replicaof('NO', 'ONE') becomes replicaofNoOne(), the same \"OK\". The host-and-port form (GLIDE's replicaof(host, port)) is not migrated: its proof would make the test server a replica.",
  },
];
