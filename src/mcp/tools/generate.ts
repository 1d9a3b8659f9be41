/**
 * `generate`: a generator's project (module, demo, README, package.json, tsconfig.json) for a pattern, as files.
 * The same function as `glide-codemod generate`: nothing is written unless `outDir` names a folder inside the
 * workspace, and an existing file there is never overwritten unless `force` says so.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { workspacePath, type Workspace } from '../workspace.js';

const input = z.object({
  id: z.string().describe('The generator (see the glide-codemod://generators/<id> resources, or `glide-codemod generate --list`)'),
  options: z.record(z.union([z.string(), z.number(), z.boolean()])).optional().describe("The generator's options by name; the others take their defaults"),
  lang: z.enum(['ts', 'js']).optional().describe('The language (default ts)'),
  module: z.enum(['esm', 'cjs']).optional().describe('The module system (default esm)'),
  topology: z.enum(['standalone', 'cluster']).optional().describe('standalone (default) or cluster'),
  outDir: z.string().optional().describe('A folder inside the workspace to write the files to; without it nothing is written'),
  force: z.boolean().optional().describe('With outDir: overwrite files that exist there'),
});

const output = z.object({
  id: z.string(),
  files: z.array(z.object({ path: z.string(), text: z.string() })),
  written: z.boolean().describe('Whether the files were written to outDir'),
  directory: z.string().optional(),
});

type GenerateOutput = z.infer<typeof output>;

export function generateTool(workspace: Workspace) {
  return defineTool({
    name: 'generate',
    title: 'Generate GLIDE code for a pattern',
    description:
      'Build the GLIDE project for a pattern (client, distributed-lock, rate-limiter, cache-aside, transaction, pubsub, ' +
      'reliable-queue, leaderboard, geo, bitmaps, hyperloglog, sets, streams, stream-queue, pipeline): the module, a demo that exits 0 only when the pattern holds against VALKEY_HOST / ' +
      'VALKEY_PORT, a README and package.json (and tsconfig.json for TypeScript). Returns the files; writes them only ' +
      'to `outDir` inside the workspace, never over an existing file unless `force`. Bad options are an error naming the option.',
    input,
    output,
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: true, openWorldHint: false },
    async run(request, extra) {
      const engine = await import('../../index.js');
      extra.signal.throwIfAborted();
      let result;
      try {
        const target = { language: request.lang, moduleSystem: request.module, topology: request.topology };
        const given = Object.fromEntries(Object.entries(target).filter(([, value]) => value !== undefined));
        result = engine.generate({ id: request.id, options: request.options, target: given });
      } catch (error) {
        const refused: GenerateOutput = { id: request.id, files: [], written: false };
        return { structured: refused, text: [(error as Error).message], isError: true };
      }
      const files = result.files.map((file) => ({ path: file.path, text: file.text }));
      if (!request.outDir) {
        const listed = files.map((file) => file.path).join(', ');
        return { structured: { id: result.id, files, written: false }, text: [`${files.length} file(s), not written: ${listed}`], isError: false };
      }
      const directory = await workspacePath(workspace, request.outDir);
      const existing = files.filter((file) => existsSync(path.resolve(directory, file.path)));
      if (existing.length > 0 && !request.force) {
        const refused: GenerateOutput = { id: result.id, files, written: false, directory };
        return { structured: refused, text: [`${existing.map((file) => file.path).join(', ')} already exist in ${directory}; nothing written (force: true overwrites)`], isError: true };
      }
      for (const file of files) {
        const target = path.resolve(directory, file.path);
        mkdirSync(path.dirname(target), { recursive: true });
        writeFileSync(target, file.text);
      }
      return { structured: { id: result.id, files, written: true, directory }, text: [`wrote ${files.length} file(s) to ${directory}`], isError: false };
    },
  });
}
