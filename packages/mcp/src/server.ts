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
import {
  CALL_TOOL,
  DESCRIBE_TOOL,
  describeOperation,
  describeTool,
  dynamicTools,
  SEARCH_TOOL,
  searchOperations,
} from './dynamic.js';
import { errorResult, type ToolResult, valueResult } from './results.js';
import { operationTools, type ToolEntry } from './tools.js';
import { version } from './version.js';

export interface McpServerOptions {
  /** Offer the operations that change something too (default: read-only ones only). */
  allowWrites?: boolean;
  /** The client every call goes through, created on first use. */
  client: () => LlamaCloudClient;
  /** A string no result may contain (the API key): replaced by `***` wherever it appears. */
  secret?: string | undefined;
  /** The folder whose files upload tools may read (with allowWrites); absent: upload tools are off. */
  allowFiles?: string | undefined;
  /** `static` (default): one tool per operation; `dynamic`: three tools to find, describe and call them. */
  tools?: 'static' | 'dynamic' | undefined;
  /** Only the operations of this SDK group and those under it (`beta.batch`, `batches`). */
  group?: string | undefined;
}

/** Every tool there is (uploads included), built once per process; each server lists its share. */
let catalogue: ToolEntry[] | undefined;

function tools(): ToolEntry[] {
  catalogue ??= operationTools(operationModel, operationHelp, operationHints, operationInputSchemas, {
    allowWrites: true,
    allowFiles: true,
  });
  return catalogue;
}

/** A tool this server does not offer, and why, for the protocol error. */
function offOrUnknown(entry: ToolEntry | undefined, name: string, allowWrites: boolean): string {
  if (!entry) return `Unknown tool ${JSON.stringify(name)}`;
  if (!entry.tool.annotations.readOnlyHint && !allowWrites) {
    return `Tool ${name} changes data and is off: start llamacloud-mcp with --allow-writes to offer it`;
  }
  return `Tool ${name} uploads local files and is off: start llamacloud-mcp with --allow-writes and --allow-files <folder> to offer it`;
}

/** Whether the operation behind `entry` is in `group` (the group itself, or one under it). */
function inGroup(entry: ToolEntry, group: string | undefined): boolean {
  if (group === undefined) return true;
  const own = operationModel[entry.key as keyof typeof operationModel].group as string;
  return own === group || own.startsWith(`${group}.`);
}

/** The SDK groups there are, for an unknown --group's error. */
export function groupNames(): string[] {
  return [...new Set(Object.values(operationModel).map((operation) => operation.group as string))];
}

/** What a server started with `options` offers: the entries behind its tools, and tools/list's answer. */
export function offeredTools(options: Omit<McpServerOptions, 'client' | 'secret'>) {
  const allowWrites = options.allowWrites === true;
  const dynamic = options.tools === 'dynamic';
  const listed = tools().filter(
    (entry) =>
      (entry.tool.annotations.readOnlyHint || allowWrites) &&
      (entry.fileArguments.length === 0 || (allowWrites && options.allowFiles !== undefined)) &&
      inGroup(entry, options.group),
  );
  // Static tools with a property cut short in the list come with describe_operation, which shows it whole.
  const describes = dynamic || listed.some((entry) => entry.shortened.length > 0);
  const list = dynamic
    ? dynamicTools(allowWrites)
    : [
        ...listed.map((entry) => entry.listing),
        ...(describes
          ? [describeTool('the arguments its tool takes, where the tool list cuts their schema short', 'A tool’s name')]
          : []),
      ];
  return { listed, describes, list };
}

export function createMcpServer(options: McpServerOptions): Server {
  const allowWrites = options.allowWrites === true;
  const dynamic = options.tools === 'dynamic';
  const { listed, describes, list } = offeredTools(options);
  const byName = new Map(listed.map((entry) => [entry.tool.name, entry]));
  const server = new Server(
    { name: 'llamacloud-mcp', title: 'LlamaCloud Batch Processing', version },
    {
      capabilities: { tools: {} },
      instructions: allowWrites
        ? "Tools for the LlamaCloud Batch Processing API. Some tools change data (see each tool's annotations)."
        : 'Tools for the LlamaCloud Batch Processing API; read-only: tools that change data are offered only when the server is started with --allow-writes.',
    },
  );
  const unavailable = (name: string) =>
    offOrUnknown(
      tools().find((candidate) => candidate.tool.name === name && inGroup(candidate, options.group)),
      name,
      allowWrites,
    );
  const run = async (entry: ToolEntry, args: Record<string, unknown> | undefined, signal: AbortSignal) =>
    redact(
      await callTool({
        operation: operationModel[entry.key as keyof typeof operationModel],
        tool: entry.tool,
        inputNames: entry.inputNames,
        fileArguments: entry.fileArguments,
        allowFiles: options.allowFiles,
        arguments: args,
        client: options.client,
        signal,
      }),
      options.secret,
    );
  server.setRequestHandler(ListToolsRequestSchema, () => ({
    tools: list,
  }));
  server.setRequestHandler(CallToolRequestSchema, async (request, extra) => {
    const name = request.params.name;
    const args = request.params.arguments;
    if (dynamic) {
      if (name === SEARCH_TOOL) {
        const found = searchOperations(listed, args?.query, args?.limit);
        return valueResult(`${found.total} operation(s) found`, found);
      }
      if (name !== DESCRIBE_TOOL && name !== CALL_TOOL) throw invalidParams(`Unknown tool ${JSON.stringify(name)}`);
      const operation = String(args?.operation ?? '');
      const entry = byName.get(operation);
      // An operation that is off, or not one, is the agent's to fix: a result, not a protocol error.
      if (!entry) return errorResult(`${unavailable(operation)} (${SEARCH_TOOL} lists the operations offered)`);
      if (name === DESCRIBE_TOOL) return valueResult(entry.tool.title, describeOperation(entry));
      return run(entry, args?.arguments as Record<string, unknown> | undefined, extra.signal);
    }
    if (name === DESCRIBE_TOOL && describes && !byName.has(name)) {
      const entry = byName.get(String(args?.operation ?? ''));
      if (!entry) return errorResult(unavailable(String(args?.operation ?? '')));
      return valueResult(entry.tool.title, describeOperation(entry));
    }
    const entry = byName.get(name);
    if (!entry) throw invalidParams(unavailable(name));
    return run(entry, args, extra.signal);
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
