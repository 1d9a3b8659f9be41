/** Lua scripts (run, by SHA, loaded) and functions (called, loaded). */
import type { CommandEntry } from './types.js';

export const SCRIPTING_COMMANDS: readonly CommandEntry[] = [
  {
    command: 'EVAL', family: 'scripting', glide: 'invokeScript', ioredis: ['eval'], nodeRedis: ['eval'], migration: { rule: 'eval-to-invoke-script' },
    differences: "GLIDE runs a `Script` object, created once per script text at module level, with `invokeScript(script, { keys, args })`; keys and arguments that are not strings or Buffers are sent as empty strings, so numbers become text. Code known only at the call is sent as `customCommand(['EVAL', ...])`. Error replies are reworded (`MYERR boom` → `MYERR: boom`).",
  },
  {
    command: 'EVALSHA', family: 'scripting', glide: 'customCommand', ioredis: ['evalsha'], nodeRedis: ['evalSha'], migration: { rule: 'evalsha-to-custom-command' },
    differences: "GLIDE has no method for it: `customCommand(['EVALSHA', sha, numKeys, ...])`. An unknown SHA fails with `... - NoScriptError: No matching script.` instead of `NOSCRIPT No matching script.`.",
  },
  {
    command: 'SCRIPT LOAD', family: 'scripting', glide: 'customCommand', ioredis: ['script'], ioredisSubcommand: 'LOAD', nodeRedis: ['scriptLoad'], migration: { rule: 'script-load-to-custom-command' },
    differences: "GLIDE has no method for it (a `Script` loads itself): `customCommand(['SCRIPT', 'LOAD', code])` answers the same SHA1.",
  },
  {
    command: 'SCRIPT EXISTS', family: 'scripting', glide: 'scriptExists', ioredis: ['script'], ioredisSubcommand: 'EXISTS', nodeRedis: ['scriptExists'], migration: { rule: 'script-load-to-custom-command' },
    differences: "GLIDE takes the SHA1s as one array and answers `true` / `false` for each, where the server (and both source clients) answer 1 / 0: the booleans are read back as those numbers.",
  },
  {
    command: 'SCRIPT FLUSH', family: 'scripting', glide: 'scriptFlush', ioredis: ['script'], ioredisSubcommand: 'FLUSH', nodeRedis: ['scriptFlush'], migration: { rule: 'script-load-to-custom-command' },
    differences: "The `ASYNC` / `SYNC` word becomes a `FlushMode` member; it answers `OK` as before.",
  },
  {
    command: 'SCRIPT KILL', family: 'scripting', glide: 'scriptKill', ioredis: ['script'], ioredisSubcommand: 'KILL', nodeRedis: ['scriptKill'], migration: { rule: 'script-load-to-custom-command' },
    differences: "It answers `OK` when it stopped a script; with none running it fails as before, but with GLIDE's `RequestError` and reworded text (`NOTBUSY No scripts...` becomes `... - NotBusy: No scripts...`), which the error-inspection rule flags where the program reads it.",
  },
  {
    command: 'SCRIPT SHOW', family: 'scripting', glide: 'scriptShow', ioredis: ['script'], ioredisSubcommand: 'SHOW', nodeRedis: [], migration: { rule: 'script-load-to-custom-command' },
    differences: "ioredis' `script('SHOW', sha)` becomes `scriptShow(sha)`, which answers the script's code; an unknown SHA fails with reworded text (`NOSCRIPT ...` becomes `... - NoScriptError: ...`).",
  },
  {
    command: 'FCALL', family: 'scripting', glide: 'fcall', ioredis: ['fcall'], nodeRedis: ['fCall'], migration: { rule: 'fcall-keys-and-arguments' },
    differences: "GLIDE takes the keys and the arguments as two arrays: `fcall(name, keys, args)`.",
  },
  {
    command: 'FCALL_RO', family: 'scripting', glide: 'fcallReadonly', ioredis: ['fcall_ro'], nodeRedis: ['fCallRo'], migration: { rule: 'fcall-keys-and-arguments' },
    differences: "GLIDE names it `fcallReadonly` and takes the keys and the arguments as two arrays: `fcallReadonly(name, keys, args)`. A function registered without the `no-writes` flag is refused by the server as before.",
  },
  {
    command: 'FUNCTION LOAD', family: 'scripting', glide: 'functionLoad', ioredis: ['function'], ioredisSubcommand: 'LOAD', nodeRedis: ['functionLoad'], migration: { rule: 'function-commands' },
    differences: "GLIDE takes `{ replace: true }` where ioredis takes the word `REPLACE` and node-redis `{ REPLACE: true }`; it answers the library's name as both do.",
  },
  {
    command: 'FUNCTION DELETE', family: 'scripting', glide: 'functionDelete', ioredis: ['function'], ioredisSubcommand: 'DELETE', nodeRedis: ['functionDelete'], migration: { rule: 'function-commands' },
    differences: "ioredis' `function('DELETE', name)` becomes `functionDelete(name)`; it answers `OK` as before.",
  },
  {
    command: 'FUNCTION LIST', family: 'scripting', glide: 'functionList', ioredis: ['function'], ioredisSubcommand: 'LIST', nodeRedis: ['functionList', 'functionListWithCode'], migration: { rule: 'function-commands' },
    differences: "GLIDE takes `{ libNamePattern, withCode }` where ioredis takes the words `LIBRARYNAME pattern` and `WITHCODE`, and node-redis `{ LIBRARYNAME }` and a method of its own for WITHCODE. GLIDE answers the libraries as records, field for field node-redis' objects; ioredis answered the server's flat name / value lists, which are rebuilt from the records.",
  },
  {
    command: 'FUNCTION STATS', family: 'scripting', glide: 'functionStats', ioredis: ['function'], ioredisSubcommand: 'STATS', nodeRedis: ['functionStats'], migration: { rule: 'function-commands' },
    differences: "GLIDE answers one record per node it asked, keyed by the node's address; a standalone client created with one address asks one node, whose record is node-redis' object field for field. ioredis answered the server's flat name / value lists, which are rebuilt from it. A running function's command is as the client running it sent it, and GLIDE sends command names in upper case (`FCALL`, where ioredis sent `fcall`).",
  },
  {
    command: 'FUNCTION DUMP', family: 'scripting', glide: 'functionDump', ioredis: ['function'], ioredisSubcommand: 'DUMP', ioredisBuffer: ['functionBuffer'], nodeRedis: ['functionDump'], migration: { rule: 'function-commands' },
    differences: "GLIDE answers the payload as a Buffer, as ioredis' `functionBuffer('DUMP')` does. ioredis' `function('DUMP')` and node-redis' `functionDump()` answered it decoded as UTF-8 text, which loses bytes (FUNCTION RESTORE then refuses it): where that reply is read it is rebuilt with `toString()`, the same text.",
  },
  {
    command: 'FUNCTION RESTORE', family: 'scripting', glide: 'functionRestore', ioredis: ['function'], ioredisSubcommand: 'RESTORE', nodeRedis: ['functionRestore'], migration: { rule: 'function-commands' },
    differences: "GLIDE takes the payload as a Buffer (in TypeScript a payload not known to be one is passed as `Buffer.from(value)`) and the `APPEND` / `FLUSH` / `REPLACE` policy (ioredis' word, node-redis' `{ mode }`) as a `FunctionRestorePolicy` member; it answers `OK` as before.",
  },
  {
    command: 'FUNCTION FLUSH', family: 'scripting', glide: 'functionFlush', ioredis: ['function'], ioredisSubcommand: 'FLUSH', nodeRedis: ['functionFlush'], migration: { rule: 'function-commands' },
    differences: "The `ASYNC` / `SYNC` word becomes a `FlushMode` member; it answers `OK` as before.",
  },
  {
    command: 'FUNCTION KILL', family: 'scripting', glide: 'functionKill', ioredis: ['function'], ioredisSubcommand: 'KILL', nodeRedis: ['functionKill'], migration: { rule: 'function-commands' },
    differences: "It answers `OK` when it stopped a function; with none running it fails as before, but with GLIDE's `RequestError` and reworded text (`NOTBUSY No scripts...` becomes `... - NotBusy: No scripts...`), which the error-inspection rule flags where the program reads it.",
  },
];
