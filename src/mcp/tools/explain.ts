/**
 * `explain`: the GLIDE way to write a command. The same function as `glide-codemod explain`: a Redis command, an
 * ioredis or node-redis method or a GLIDE method by `name`, or the commands matching `search`.
 */
import { z } from 'zod';
import { explainResultSchema } from '../../knowledge/explain-result.js';
import { defineTool } from '../define-tool.js';

const input = z.object({
  name: z.string().optional().describe('A Redis command (ZADD), an ioredis or node-redis method (zadd, zAdd) or a GLIDE method (give this or `search`)'),
  search: z.string().optional().describe('Words to look for in command names and differences (give this or `name`)'),
});

export const explainTool = defineTool({
  name: 'explain',
  title: 'Explain the GLIDE way to write a command',
  description:
    'For `name` (a Redis command, an ioredis or node-redis method, or a GLIDE method): the names in each client, ' +
    "GLIDE's signature and doc comment from the installed declarations, what differs in arguments and replies, " +
    'whether the codemod migrates it and by which rule, and a before/after example from the golden fixtures. ' +
    'An unknown name answers the closest names. `search` lists the matching commands instead.',
  input,
  output: z.object({ answer: explainResultSchema }),
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
  async run({ name, search }) {
    const engine = await import('../../index.js');
    if ((name === undefined) === (search === undefined)) throw new engine.InvalidRequestError('explain needs exactly one of `name` or `search`');
    const query = engine.explainInputSchema.safeParse(name !== undefined ? { name } : { search });
    if (!query.success) throw new engine.InvalidRequestError(`explain: ${query.error.issues[0].message}`);
    const answer = await engine.explain(query.data, { from: process.cwd() });
    const { formatExplanation } = await import('../../cli/format-explanation.js');
    return { structured: { answer }, text: [formatExplanation(answer)], isError: answer.kind === 'unknown' };
  },
});
