/**
 * The shape every MCP tool of this server takes: a typed object (name, title, description, zod input and output
 * schemas, honest annotations, `run`) instead of a bare `registerTool` call, so a tool file holds only what is
 * particular to it. `run` answers with typed structured output plus text; this module turns that into a
 * `CallToolResult`, and a thrown `CodemodError` into an `isError` result that names `file:line:column`, because
 * a model reads tool errors as text and an editor turns that form into a link.
 */
import type { McpServer, RegisteredTool, ToolCallback } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { RequestHandlerExtra } from '@modelcontextprotocol/sdk/shared/protocol.js';
import type { CallToolResult, ServerNotification, ServerRequest } from '@modelcontextprotocol/sdk/types.js';
import type { z } from 'zod';

/** What the SDK hands a tool handler besides its arguments: cancellation signal, progress token, notifications. */
export type ToolExtra = RequestHandlerExtra<ServerRequest, ServerNotification>;

/** All four hints, always stated: a client must not have to guess what an omitted hint defaults to. */
export interface ToolHints {
  readonly readOnlyHint: boolean;
  readonly destructiveHint: boolean;
  readonly idempotentHint: boolean;
  readonly openWorldHint: boolean;
}

/** A tool's answer: the structured output (checked against `output`), the text lines, and whether it failed. */
export interface ToolAnswer<Output> {
  readonly structured: Output;
  readonly text: readonly string[];
  readonly isError: boolean;
  /** Resources the answer points to instead of carrying them (a large diff). */
  readonly links?: readonly { readonly uri: string; readonly name: string; readonly mimeType: string; readonly description: string }[];
}

export interface ToolDefinition<Input extends z.AnyZodObject, Output extends z.AnyZodObject> {
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly input: Input;
  readonly output: Output;
  readonly annotations: ToolHints;
  readonly run: (input: z.output<Input>, extra: ToolExtra) => Promise<ToolAnswer<z.output<Output>>>;
}

/** A defined tool, ready to be registered on a server. */
export interface DefinedTool {
  readonly name: string;
  readonly register: (server: McpServer) => RegisteredTool;
}

function toResult<Output extends Record<string, unknown>>(answer: ToolAnswer<Output>): CallToolResult {
  const content: CallToolResult['content'] = answer.text.filter((text) => text.length > 0).map((text) => ({ type: 'text' as const, text }));
  for (const link of answer.links ?? []) content.push({ type: 'resource_link', ...link });
  return { content, structuredContent: answer.structured, isError: answer.isError };
}

async function toErrorResult(name: string, error: unknown, extra: ToolExtra): Promise<CallToolResult> {
  // The SDK drops the response to a cancelled request, so there is nobody to tell and nothing to log.
  if (extra.signal.aborted) throw error;
  // The engine is already loaded when one of its errors reaches here; importing it again costs nothing.
  const { CodemodError } = await import('../index.js');
  if (error instanceof CodemodError) return { content: [{ type: 'text', text: error.located }], isError: true };
  // Not ours: a defect. The SDK still turns it into an `isError` result; the stack goes to stderr for whoever
  // runs the server, since stdout belongs to the protocol.
  process.stderr.write(`glide-codemod mcp: tool ${name} failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  throw error;
}

export function defineTool<Input extends z.AnyZodObject, Output extends z.AnyZodObject>(
  definition: ToolDefinition<Input, Output>,
): DefinedTool {
  const { name, title, description, input, output, annotations } = definition;
  const callback = async (args: z.output<Input>, extra: ToolExtra): Promise<CallToolResult> => {
    try {
      return toResult(await definition.run(args, extra));
    } catch (error) {
      return toErrorResult(name, error, extra);
    }
  };
  const config = { title, description, inputSchema: input, outputSchema: output, annotations: { ...annotations } };
  // The SDK picks the callback's argument type through a conditional type on the schema, which TypeScript cannot
  // resolve while `Input` is still generic. For a zod object schema it is exactly `z.output<Input>`, which the
  // SDK has validated before calling us, so widening to the SDK's own object-schema callback type is sound.
  return {
    name,
    register: (server) =>
      server.registerTool<z.AnyZodObject, z.AnyZodObject>(name, config, callback as ToolCallback<z.AnyZodObject>),
  };
}
