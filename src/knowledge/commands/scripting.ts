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
    command: 'SCRIPT FLUSH', family: 'scripting', glide: 'customCommand', ioredis: ['script'], ioredisSubcommand: 'FLUSH', nodeRedis: [], migration: { rule: 'script-load-to-custom-command' },
    differences: "ioredis' `script('FLUSH')` is sent as `customCommand(['SCRIPT', 'FLUSH'])`, which answers `OK` as before.",
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
];
