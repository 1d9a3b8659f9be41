/**
 * Preloaded with `node --import` into an MCP server started once for the start-up census: registers hooks.mjs,
 * collects the module URLs it reports, and when the process exits writes them as one JSON line, after
 * MODULE_TRACE_MARKER, to stderr (stdout carries the protocol and must stay clean).
 */
import { writeSync } from 'node:fs';
import { register } from 'node:module';
import { MessageChannel } from 'node:worker_threads';

export const MODULE_TRACE_MARKER = 'bench-module-trace:';

/** @type {string[]} */
const loaded = [];
const { port1, port2 } = new MessageChannel();
port1.on('message', (url) => loaded.push(String(url)));
port1.unref();
register('./hooks.mjs', import.meta.url, { data: { port: port2 }, transferList: [port2] });
process.on('exit', () => writeSync(2, `\n${MODULE_TRACE_MARKER}${JSON.stringify(loaded)}\n`));
