/**
 * Section 1 of `npm run bench`: MCP cold start of our server against a bare SDK server (bench/bare-mcp-server.mjs),
 * the difference of the medians against the 50 ms target, and the start-up module census that explains it.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { measureColdStarts, type ServerUnderTest } from '../mcp-cold-start.js';
import { median, percentile } from '../stats.js';
import { censusOf } from '../startup-modules.js';
import { ms, samples, signedMs, verdict, type Summary } from '../summary.js';

export const COLD_START_TARGET_MS = 50;
const WARMUPS = 2;

export async function coldStartSection(repoRoot: string, runs: number, summary: Summary): Promise<void> {
  const ourMain = path.join(repoRoot, 'dist/src/mcp/main.js');
  const ours: ServerUnderTest = { label: 'glide-codemod MCP', command: process.execPath, args: [ourMain] };
  const bare: ServerUnderTest = { label: 'bare SDK server', command: process.execPath, args: [path.join(repoRoot, 'bench/bare-mcp-server.mjs')] };
  console.log(`\n1. MCP cold start: spawn \`node <server>\` -> initialize -> tools/list answered`);
  console.log(`   median of ${runs} runs per server after ${WARMUPS} warm-ups, one process at a time, servers alternating`);
  if (!existsSync(ourMain)) throw new Error(`${ourMain} does not exist: run npm run build`);

  const [oursResult, bareResult] = await measureColdStarts([ours, bare], runs, WARMUPS, repoRoot);
  if (!oursResult || !bareResult) throw new Error('cold start: a server gave no samples');
  for (const { server, millis, toolCount } of [oursResult, bareResult]) {
    console.log(`   ${server.label.padEnd(18)} median ${ms(median(millis))}  p90 ${ms(percentile(millis, 90))}  min ${ms(Math.min(...millis))}  (${toolCount} tool(s))`);
    console.log(`   ${''.padEnd(18)} runs ${samples(millis)}`);
    summary.add(`MCP cold start, ${server.label} (median of ${runs})`, ms(median(millis)));
  }
  const difference = median(oursResult.millis) - median(bareResult.millis);
  const met = difference <= COLD_START_TARGET_MS;
  console.log(`   difference of medians: ${signedMs(difference)} (target <= +${COLD_START_TARGET_MS} ms): ${verdict(met)}`);
  summary.add('MCP cold start, ours - bare', signedMs(difference), `<= +${COLD_START_TARGET_MS} ms`, verdict(met));

  const [ourModules, bareModules] = [await censusOf(ours, repoRoot), await censusOf(bare, repoRoot)];
  const lazy = ourModules.engine.length === 0;
  console.log(`   modules loaded by tools/list (one traced start each): ours ${ourModules.total} (${ourModules.own} of this package), bare ${bareModules.total}`);
  console.log(`   engine modules among them (jscodeshift, recast, Babel, rules, src/index): ${lazy ? 'none, the engine loads lazily' : ourModules.engine.length}`);
  for (const url of ourModules.engine.slice(0, 5)) console.log(`     ${url}`);
  summary.add('MCP start-up loads the engine', lazy ? 'no (lazy)' : `yes (${ourModules.engine.length} modules)`, 'no', lazy ? 'met' : 'NOT MET');
}
