/**
 * A redirect to another origin (host, port or scheme) must not carry the API key. The platform's
 * fetch drops `Authorization` there (the Fetch standard's rule); these tests pin that on every
 * runtime CI covers, so a change of fetch implementation cannot quietly start leaking the key.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type RequestListener, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { createServer as createNetServer, type Server as NetServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { makeJob } from '@llamacloud-batch/testing';
import { listBatchJobsPath } from '@llamacloud-batch/types';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { API_KEY, pageOf, testClient } from './helpers.js';

/** What one request looked like on arrival. */
interface Seen {
  path: string;
  authorization: string | undefined;
}

interface RecordingServer {
  url: string;
  port: number;
  seen: Seen[];
  close(): Promise<void>;
}

/** Answers the list path with one job, anything else with `redirect(path)` (a [status, location]) if given. */
function answer(seen: Seen[], redirect?: (path: string) => [number, string] | undefined): RequestListener {
  return (request: IncomingMessage, response) => {
    const path = request.url ?? '/';
    seen.push({ path, authorization: request.headers.authorization });
    const to = redirect?.(path);
    if (to) {
      response.writeHead(to[0], { location: to[1] }).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(pageOf([makeJob(0)])));
  };
}

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

function closeAfterTest(server: Server | NetServer, sockets: Set<Socket>): () => Promise<void> {
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  const close = () =>
    new Promise<void>((done) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => done());
    });
  closers.push(close);
  return close;
}

/** A plain http server on `host:port` (port 0: any free one) that records each request. */
async function recordingServer(
  host: string,
  port: number,
  redirect?: (path: string) => [number, string] | undefined,
): Promise<RecordingServer> {
  const seen: Seen[] = [];
  const server = createHttpServer(answer(seen, redirect));
  const close = closeAfterTest(server, new Set());
  await new Promise<void>((done, fail) => server.once('error', fail).listen(port, host, done));
  const bound = (server.address() as { port: number }).port;
  return { url: `http://${host}:${bound}`, port: bound, seen, close };
}

const LIST = listBatchJobsPath;

describe('a redirect to the same origin keeps the key', () => {
  test.each([301, 302, 303, 307, 308])('%i to another path', async (status) => {
    const server = await recordingServer('127.0.0.1', 0, (path) =>
      path.startsWith('/old') ? [status, LIST] : undefined,
    );
    // The base URL has a path prefix the server moved: /old/api/… → /api/…
    const page = await testClient(`${server.url}/old`).beta.batch.list();
    expect(page.items).toHaveLength(1);
    expect(server.seen).toEqual([
      { path: `/old${LIST}`, authorization: `Bearer ${API_KEY}` },
      { path: LIST, authorization: `Bearer ${API_KEY}` },
    ]);
  });
});

describe('a redirect to another origin drops the key', () => {
  test.each([301, 302, 303, 307, 308])('%i to another port', async (status) => {
    const other = await recordingServer('127.0.0.1', 0);
    const first = await recordingServer('127.0.0.1', 0, (path) => [status, `${other.url}${path}`]);
    const page = await testClient(first.url).beta.batch.list();
    expect(page.items).toHaveLength(1);
    expect(first.seen).toEqual([{ path: LIST, authorization: `Bearer ${API_KEY}` }]);
    expect(other.seen).toEqual([{ path: LIST, authorization: undefined }]);
  });

  test('307 to another host on the same port (127.0.0.1 → 127.0.0.2)', async () => {
    const other = await recordingServer('127.0.0.2', 0);
    const first = await recordingServer('127.0.0.1', other.port, (path) => [307, `${other.url}${path}`]);
    await testClient(first.url).beta.batch.list();
    expect(first.seen).toEqual([{ path: LIST, authorization: `Bearer ${API_KEY}` }]);
    expect(other.seen).toEqual([{ path: LIST, authorization: undefined }]);
  });
});

describe('https → http on the same host and port drops the key', () => {
  const CHILD = resolve(import.meta.dirname, 'children/list-once.mjs');
  let dir: string;
  let tls: { key: string; cert: string; certFile: string };

  // A throwaway certificate for 127.0.0.1, trusted by a child Node through NODE_EXTRA_CA_CERTS.
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'llamacloud-redirect-'));
    const made = spawnSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { encoding: 'utf8' },
    );
    if (made.status !== 0) throw new Error(`openssl could not make a test certificate: ${made.stderr ?? made.error}`);
    const certFile = join(dir, 'cert.pem');
    tls = { key: readFileSync(join(dir, 'key.pem'), 'utf8'), cert: readFileSync(certFile, 'utf8'), certFile };
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** One port speaking both TLS and plain http: the first byte of a connection says which (22 opens a TLS handshake). */
  async function dualServer(redirectTo: (port: number) => string) {
    const overTls: Seen[] = [];
    const plain: Seen[] = [];
    let port = 0;
    const secure = createHttpsServer(
      { key: tls.key, cert: tls.cert },
      answer(overTls, () => [307, redirectTo(port)]),
    );
    const clear = createHttpServer(answer(plain));
    const front = createNetServer((socket) => {
      socket.once('data', (chunk) => {
        socket.pause();
        socket.unshift(chunk);
        (chunk[0] === 22 ? secure : clear).emit('connection', socket);
        process.nextTick(() => socket.resume());
      });
    });
    closeAfterTest(front, new Set());
    await new Promise<void>((done) => front.listen(0, '127.0.0.1', done));
    port = (front.address() as { port: number }).port;
    return { port, overTls, plain };
  }

  function listInChild(baseUrl: string): Promise<unknown> {
    return new Promise((done, fail) => {
      const child = spawn(process.execPath, [CHILD, baseUrl, API_KEY], {
        env: { PATH: process.env.PATH ?? '', NODE_EXTRA_CA_CERTS: tls.certFile },
      });
      let stdout = '';
      let stderr = '';
      child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text));
      child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
      child.on('error', fail);
      child.on('close', () => {
        try {
          done(JSON.parse(stdout));
        } catch {
          fail(new Error(`child printed no result; stderr: ${stderr}`));
        }
      });
    });
  }

  test('the TLS request carries the key; the plain http one, after the 307, does not', async () => {
    const server = await dualServer((port) => `http://127.0.0.1:${port}${LIST}`);
    const result = await listInChild(`https://127.0.0.1:${server.port}`);
    expect(result).toEqual({ items: 1 });
    expect(server.overTls).toEqual([{ path: LIST, authorization: `Bearer ${API_KEY}` }]);
    expect(server.plain).toEqual([{ path: LIST, authorization: undefined }]);
  });
});
