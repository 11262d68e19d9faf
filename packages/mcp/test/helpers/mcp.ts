/** Spawns the built `llamacloud-mcp` under a real MCP client (the SDK's Client over stdio). */
import { resolve } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';

export const BIN = resolve(import.meta.dirname, '../../bin/llamacloud-mcp.cjs');
/** A key no result, log or error may ever show. */
export const SECRET_KEY = 'llx-test-SECRET-0123456789';

export interface RunningMcp {
  client: Client;
  /** Everything the server wrote to stderr so far. */
  stderr: () => string;
  /** Calls a tool and returns its result (an `isError` result too; protocol errors reject). */
  call: (name: string, args?: Record<string, unknown>) => Promise<CallToolResult>;
  close: () => Promise<void>;
}

export async function startMcp({
  args = [],
  env = {},
}: {
  args?: string[];
  env?: Record<string, string>;
} = {}): Promise<RunningMcp> {
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [BIN, ...args],
    env: { PATH: process.env.PATH ?? '', ...env },
    stderr: 'pipe',
  });
  let stderr = '';
  transport.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const client = new Client({ name: 'llamacloud-mcp-test', version: '0.0.0' });
  await client.connect(transport);
  const pid = transport.pid;
  return {
    client,
    stderr: () => stderr,
    call: async (name, callArgs = {}) => (await client.callTool({ name, arguments: callArgs })) as CallToolResult,
    close: async () => {
      await client.close();
      if (pid === null) return;
      try {
        process.kill(pid, 'SIGKILL'); // by PID, in case it outlived the close
      } catch {
        // Already gone.
      }
    },
  };
}

/** The text of every text block of a result, joined. */
export function textOf(result: CallToolResult): string {
  return result.content
    .map((block) => (block.type === 'text' ? block.text : ''))
    .filter(Boolean)
    .join('\n');
}
