/** A real HTTP proxy on 127.0.0.1 (TooTallNate's `proxy`, CONNECT included), closed after each test. */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { createProxy } from 'proxy';
import { afterEach } from 'vitest';

export interface LocalProxy {
  /** `http://127.0.0.1:<port>`, without credentials. */
  url: string;
  port: number;
  /** Every CONNECT the proxy received: its target (`host:port`) and headers. */
  connects: { target: string; headers: IncomingHttpHeaders }[];
  /** Plain (non-CONNECT) requests it received. */
  requests: { url: string; headers: IncomingHttpHeaders }[];
  /** The URL with `user:password@` in it. */
  urlWith(user: string, password: string): string;
  close(): Promise<void>;
}

const running: LocalProxy[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((proxy) => proxy.close()));
});

/** Starts a proxy on a free port of 127.0.0.1; with `credentials`, anything else gets 407. */
export async function startProxy(credentials?: { user: string; password: string }): Promise<LocalProxy> {
  const server = createProxy(createServer());
  if (credentials) {
    const expected = `Basic ${Buffer.from(`${credentials.user}:${credentials.password}`).toString('base64')}`;
    server.authenticate = (request) => request.headers['proxy-authorization'] === expected;
  }
  const connects: LocalProxy['connects'] = [];
  const requests: LocalProxy['requests'] = [];
  server.on('connect', (request) => connects.push({ target: request.url ?? '', headers: request.headers }));
  server.on('request', (request) => requests.push({ url: request.url ?? '', headers: request.headers }));
  const sockets = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  const proxy: LocalProxy = {
    url,
    port,
    connects,
    requests,
    urlWith: (user, password) => `http://${user}:${password}@127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
  running.push(proxy);
  return proxy;
}
