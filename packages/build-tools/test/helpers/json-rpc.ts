/** JSON-RPC over a child's stdio, one message a line (the MCP stdio transport), for talking to a server by hand. */
import type { ChildProcess } from 'node:child_process';

export interface JsonRpcSession {
  /** Sends a request and resolves to its answer (`result` or `error`). */
  request(method: string, params?: unknown): Promise<{ result?: unknown; error?: unknown }>;
  notify(method: string, params?: unknown): void;
}

export function jsonRpcOver(child: ChildProcess, timeoutMs = 30_000): JsonRpcSession {
  const waiting = new Map<number, (message: { result?: unknown; error?: unknown }) => void>();
  let buffered = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    for (let end = buffered.indexOf('\n'); end !== -1; end = buffered.indexOf('\n')) {
      const line = buffered.slice(0, end).trim();
      buffered = buffered.slice(end + 1);
      if (!line) continue;
      const message = JSON.parse(line) as { id?: number; result?: unknown; error?: unknown };
      if (typeof message.id === 'number') waiting.get(message.id)?.(message);
    }
  });
  let nextId = 1;
  const send = (message: object) => child.stdin?.write(`${JSON.stringify({ jsonrpc: '2.0', ...message })}\n`);
  return {
    request(method, params) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no answer to ${method} within ${timeoutMs} ms`)), timeoutMs);
        waiting.set(id, (message) => {
          clearTimeout(timer);
          waiting.delete(id);
          resolve(message);
        });
        send({ id, method, params });
      });
    },
    notify: (method, params) => void send({ method, params }),
  };
}
