/** Lua scripts: run, by SHA, and loaded. Functions (FCALL, FUNCTION LOAD) are not migrated yet. */
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
];
