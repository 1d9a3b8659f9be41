/**
 * What to do about a use that keeps a client as written, by the rule that reported it: the plan's "instead".
 * Command rules not listed here report a call whose arguments they cannot map; the generic advice covers them.
 */

const ADVICE: Readonly<Record<string, string>> = {
  'client-escapes':
    'the client leaves code the codemod follows (passed to a library such as connect-redis, bull or rate-limiter-flexible, stored on a global, reached through a module it cannot see): keep this client on its library for that code, or give that code a GLIDE-backed adapter, then migrate the rest',
  'node-redis-version':
    "the program runs with node-redis 4, whose replies differ from node-redis 5's and 6's, which the codemod knows: upgrade node-redis to 5 or later (node-redis' migration guide says what changes for the program), check the program, then migrate",
  'client-construction':
    'the client is created with options GLIDE cannot reproduce or that are only known at run time: create the GLIDE client by hand (GlideClient.createClient) with the closest configuration, or write the options out literally',
  'unmigrated-call':
    'a feature the codemod does not migrate yet (pipelines, transactions, pub/sub, Lua functions, streams, some commands): rewrite those calls by hand with the GLIDE counterpart the message names (glide-codemod explain <command>), or wait for the codemod to cover them',
  'raw-commands': 'a raw command the codemod cannot restate: write the command with its GLIDE method (glide-codemod explain <command>), or as customCommand([...]) with its reply checked',
  'event-listeners': "GLIDE clients emit no events: move what the listener does to where the program handles GLIDE's errors (its promises reject)",
  'error-inspection': "the program reads error messages or classes that differ in GLIDE: rewrite that handling for GLIDE's error classes (RequestError, TimeoutError, ClosingError)",
  'quit-to-close': "GLIDE's close() does not wait for commands still in flight or answer 'OK': await the commands before closing",
  'callback-arguments': 'a node-style callback the codemod cannot move onto the promise: rewrite it with await',
  'eval-to-invoke-script': "the script's keys and arguments cannot be told apart from the syntax: write them out in the call (no spread or array), or run it by hand with invokeScript(script, { keys, args }) on a Script created once at module level",
  'define-command-to-script': "the command's definition or a call of it is not known from the syntax: write numberOfKeys and the Lua code as literals or module-level constants, or run the script by hand with invokeScript on a Script created once at module level",
  'define-script-to-script': "the script's definition does more than pass its parameters on as words, or transforms the reply: run it by hand with invokeScript on a Script created once at module level, applying the transform to its reply",
};

export function adviceFor(ruleId: string): string {
  return ADVICE[ruleId] ?? `the call passes arguments the ${ruleId} rule cannot map with certainty: write them out literally, or migrate the call by hand (docs/rules/${ruleId}.md)`;
}
