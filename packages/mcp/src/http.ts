/**
 * `--http <port>`: streamable HTTP on 127.0.0.1 only, stateless (a fresh server per request), at
 * `/mcp`. Requests whose Host is not this loopback address are refused (DNS rebinding).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';

const HOST = '127.0.0.1';

/** Listens on 127.0.0.1:`port` (0: any free port) and resolves to the endpoint's URL. */
export async function serveHttp(port: number, createMcpServer: () => Server): Promise<string> {
  let allowedHosts: string[] = [];
  const http = createServer((req, res) => {
    if (!allowedHosts.includes(req.headers.host ?? '')) {
      res.writeHead(403, { 'content-type': 'text/plain' }).end('Forbidden: unexpected Host header\n');
      return;
    }
    if (new URL(req.url ?? '/', `http://${HOST}`).pathname !== '/mcp') {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found: the MCP endpoint is /mcp\n');
      return;
    }
    const server = createMcpServer();
    const transport = new StreamableHTTPServerTransport({ enableJsonResponse: true }); // no sessionIdGenerator: stateless;
    res.on('close', () => {
      void transport.close();
      void server.close();
    });
    server
      .connect(transport)
      .then(() => transport.handleRequest(req, res))
      .catch((error: unknown) => {
        process.stderr.write(`[llamacloud-mcp error] ${(error as Error).message}\n`);
        if (!res.headersSent) res.writeHead(500).end();
      });
  });
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(port, HOST, resolve);
  });
  const actual = (http.address() as AddressInfo).port;
  allowedHosts = [`${HOST}:${actual}`, `localhost:${actual}`];
  return `http://${HOST}:${actual}/mcp`;
}
