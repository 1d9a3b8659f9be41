/**
 * Module-loader hooks (they run on Node's loader thread) that report the URL of every module loaded through
 * the ESM loader to the main thread. CommonJS modules that CommonJS code `require`s do not pass through here,
 * but their entry points imported from ESM (jscodeshift, @babel/parser) do, and so does every module of ours.
 */

/** @type {import('node:worker_threads').MessagePort | undefined} */
let port;

/** @param {{ port: import('node:worker_threads').MessagePort }} data */
export function initialize(data) {
  port = data.port;
}

/**
 * @param {string} url
 * @param {unknown} context
 * @param {(url: string, context: unknown) => Promise<unknown>} nextLoad
 */
export async function load(url, context, nextLoad) {
  port?.postMessage(url);
  return nextLoad(url, context);
}
