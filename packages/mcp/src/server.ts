/**
 * The MCP server: `tools/list` answers with one tool per operation of the model, `tools/call` runs
 * one through the client. Built on the SDK's low-level Server, since the input schemas are already
 * JSON Schema (generated from the spec), not zod.
 */
import type { LlamaCloudClient } from '@llamacloud-batch/client';
import { operationHelp, operationHints, operationModel } from '@llamacloud-batch/types';
import { operationInputSchemas } from '@llamacloud-batch/types/schemas';
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { CallToolRequestSchema, ErrorCode, ListToolsRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import { callTool } from './call-tool.js';
import type { ToolResult } from './results.js';
import { operationTools, type ToolEntry } from './tools.js';
import { version } from './version.js';

export interface McpServerOptions {
  /** Offer the operations that change something too (default: read-only ones only). */
  allowWrites?: boolean;
  /** The client every call goes through, created on first use. */
  client: () => LlamaCloudClient;
  /** A string no result may contain (the API key): replaced by `***` wherever it appears. */
  secret?: string | undefined;
}

/** Every tool there is, with and without writes, built once per process. */
let catalogue: { all: Map<string, ToolEntry>; readOnly: ToolEntry[]; writes: ToolEntry[] } | undefined;

function tools(): NonNullable<typeof catalogue> {
  if (catalogue) return catalogue;
  const all = operationTools(operationModel, operationHelp, operationHints, operationInputSchemas, {
    allowWrites: true,
  });
  const readOnly = all.filter(({ tool }) => tool.annotations.readOnlyHint);
  catalogue = { all: new Map(all.map((entry) => [entry.tool.name, entry])), readOnly, writes: all };
  return catalogue;
}

export function createMcpServer(options: McpServerOptions): Server {
  const allowWrites = options.allowWrites === true;
  const listed = allowWrites ? tools().writes : tools().readOnly;
  const server = new Server(
    { name: 'llamacloud-mcp', title: 'LlamaCloud Batch Processing', version },
    {
      capabilities: { tools: {} },
      instructions: allowWrites
        ? "Tools for the LlamaCloud Batch Processing API. Some tools change data (see each tool's annotations)."
        : 'Tools for the LlamaCloud Batch Processing API; read-only: tools that change data are offered only when the server is started with --allow-writes.',
    },
  );
  server.setRequestHandler(ListToolsRequestSchema, () => ({ tools: listed.map((entry) => entry.tool) }));
  server.setRequestHandler(CallToolRequestSchema, async (request, extra) => {
    const name = request.params.name;
    const entry = tools().all.get(name);
    if (!entry) throw invalidParams(`Unknown tool ${JSON.stringify(name)}`);
    if (!entry.tool.annotations.readOnlyHint && !allowWrites) {
      throw invalidParams(`Tool ${name} changes data and is off: start llamacloud-mcp with --allow-writes to offer it`);
    }
    const result = await callTool({
      operation: operationModel[entry.key as keyof typeof operationModel],
      tool: entry.tool,
      inputNames: entry.inputNames,
      arguments: request.params.arguments,
      client: options.client,
      signal: extra.signal,
    });
    return redact(result, options.secret);
  });
  return server;
}

/**
 * A protocol error (-32602) carrying `message` as it is. The SDK sends a thrown error's `code` and
 * `message`; its McpError would put "MCP error -32602: " into the message, and the client side adds
 * that again when it reads the error.
 */
function invalidParams(message: string): Error & { code: number } {
  return Object.assign(new Error(message), { code: ErrorCode.InvalidParams });
}

/** The result with every occurrence of `secret` replaced by `***`; a last guard, as the client already scrubs errors. */
function redact(result: ToolResult, secret: string | undefined): ToolResult {
  if (!secret) return result;
  const text = JSON.stringify(result);
  const escaped = JSON.stringify(secret).slice(1, -1); // how the key reads inside a JSON string
  return text.includes(escaped) ? (JSON.parse(text.split(escaped).join('***')) as ToolResult) : result;
}
