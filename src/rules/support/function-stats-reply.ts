/**
 * FUNCTION STATS' reply. GLIDE's `functionStats` asks every node of the client and answers one record per node,
 * keyed by its address; a standalone client created with one address asks that one node (checked live), whose
 * record `{ running_script: { name, command, duration_ms } | null, engines: { LUA: { libraries_count,
 * functions_count } } }` is node-redis' object field for field (checked live with no function running and while
 * one ran). ioredis answered the server's RESP2 reply, flat name / value lists, which is rebuilt from that record.
 */
import { CodeTemplate } from '../../ast/code-template.js';
import type { ReplyConversion } from '../../engine/rewrite/rule.js';

/** node-redis' type of the reply (and, in TypeScript, what GLIDE's record is read as to rebuild ioredis'). */
export const FUNCTION_STATS_TYPE =
  '{ running_script: { name: string; command: string[]; duration_ms: number } | null; engines: Record<string, { libraries_count: number; functions_count: number }> }';

/** The one node's record, as node-redis answered it. */
export const FUNCTION_STATS_OF_THE_NODE: ReplyConversion = {
  singleUse: true,
  convert: (reply, { j }) => new CodeTemplate().text('Object.values(').node(reply).text(')[0]').toExpression(j),
};

/** The one node's record as ioredis' lists: `['running_script', null | [...], 'engines', ['LUA', [...]]]`. */
export const FUNCTION_STATS_AS_ARRAYS: ReplyConversion = {
  singleUse: true,
  convert: (reply, { j, typeScript }) =>
    new CodeTemplate()
      .text('Object.values(')
      .node(reply)
      .text(typeScript ? ` as Record<string, ${FUNCTION_STATS_TYPE}>)` : ')')
      .text(".map(({ running_script: running, engines }) => [\n")
      .text("  'running_script', running && ['name', running.name, 'command', running.command, 'duration_ms', running.duration_ms],\n")
      .text("  'engines', Object.entries(engines).flatMap(([engine, counts]) => [engine, ['libraries_count', counts.libraries_count, 'functions_count', counts.functions_count]]),\n")
      .text('])[0]')
      .toExpression(j),
};
