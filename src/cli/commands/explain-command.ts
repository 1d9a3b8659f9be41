/**
 * `glide-codemod explain <name> [--json]` and `glide-codemod explain --search <words>`: the GLIDE way to write a
 * command. An unknown name exits 2 and suggests the closest known names.
 */
import { parseArgs } from 'node:util';
import { formatExplanation } from '../format-explanation.js';
import { UsageError } from '../usage-error.js';
import type { CommandIo } from './command-io.js';

export async function explainCommand(argv: readonly string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, search: { type: 'string' } },
  });
  const search = values.search ?? undefined;
  if (search === undefined && positionals.length !== 1) {
    throw new UsageError('explain needs one name: glide-codemod explain <command or method>, or --search <words>');
  }
  if (search !== undefined && positionals.length > 0) throw new UsageError('explain takes a name or --search <words>, not both');
  const { explain } = await import('../../index.js');
  const result = await explain(search !== undefined ? { search } : { name: positionals[0] }, { from: io.cwd });
  if (result.kind === 'unknown') {
    const closest = result.suggestions.length > 0 ? `; did you mean ${result.suggestions.join(', ')}?` : '';
    io.stderr(`glide-codemod: '${result.name}' is not a command or method the codemod knows${closest}\n`);
    return 2;
  }
  io.stdout(values.json ? `${JSON.stringify(result, null, 2)}\n` : formatExplanation(result));
  return 0;
}
