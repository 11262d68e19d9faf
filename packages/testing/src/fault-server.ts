import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { listenOnLoopback } from './free-port.js';
import { makeJob } from './jobs.js';
import type { RunningServer } from './prism.js';

/** What one request looked like when it reached the server. */
export interface RecordedRequest {
  method: string;
  url: URL;
  headers: IncomingMessage['headers'];
  at: number;
  /** Set when the connection closed before the answer was fully sent (client abort, or a reset reply). */
  aborted?: boolean;
  /** How many body bytes arrived, and their SHA-256 (hex): set once the whole body was read. */
  bodyBytes?: number;
  bodySha256?: string;
  /** The body itself when it is at most KEPT_BODY_BYTES (an upload of a small file, a JSON body). */
  body?: Buffer;
}

/** Bodies up to this size are kept whole on the recorded request; larger ones only counted and hashed. */
export const KEPT_BODY_BYTES = 8 * 1024 * 1024;

/** Reads a request body into `recorded`, in constant memory past KEPT_BODY_BYTES. */
async function readBody(req: IncomingMessage, recorded: RecordedRequest): Promise<void> {
  const hash = createHash('sha256');
  let chunks: Buffer[] | undefined = [];
  let bytes = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    hash.update(chunk);
    bytes += chunk.length;
    if (chunks && bytes <= KEPT_BODY_BYTES) chunks.push(chunk);
    else chunks = undefined;
  }
  recorded.bodyBytes = bytes;
  recorded.bodySha256 = hash.digest('hex');
  if (chunks) recorded.body = Buffer.concat(chunks);
}

/** How to answer one request. */
export interface FaultReply {
  status?: number;
  headers?: Record<string, string>;
  /** An object is sent as JSON; a string is sent as-is. */
  body?: unknown;
  /** Wait this long before answering (the request may time out meanwhile). */
  delayMs?: number;
  /** Destroy the socket instead of answering. */
  reset?: boolean;
  /** Send only the first half of the body, ending the response normally (a truncated JSON document). */
  truncate?: boolean;
  /** Send headers and the first half of the body, then destroy the socket mid-body. */
  resetMidBody?: boolean;
  /** Send headers and the first half of the body, then never finish (a stalled body). */
  stallMidBody?: boolean;
}

export type FaultHandler = (request: RecordedRequest, index: number) => FaultReply | Promise<FaultReply>;

export interface FaultServer extends RunningServer {
  /** Every request received so far, in order. */
  readonly requests: RecordedRequest[];
}

/**
 * A node:http server on 127.0.0.1 that answers each request as `handler` says: any status, headers,
 * body, delay, reset or truncation. Records every request so tests can count them.
 */
export async function startFaultServer(handler: FaultHandler | FaultReply[]): Promise<FaultServer> {
  const requests: RecordedRequest[] = [];
  const pick: FaultHandler = Array.isArray(handler)
    ? (_req, index) => handler[Math.min(index, handler.length - 1)] ?? { status: 500 }
    : handler;
  const server = createServer((req, res) => {
    const recorded: RecordedRequest = {
      method: req.method ?? 'GET',
      url: new URL(req.url ?? '/', 'http://127.0.0.1'),
      headers: req.headers,
      at: Date.now(),
    };
    const index = requests.push(recorded) - 1;
    res.on('close', () => {
      if (!res.writableFinished) recorded.aborted = true;
    });
    // A request with a body is answered once it has all arrived (so tests see what was sent).
    const hasBody = req.headers['content-length'] !== undefined || req.headers['transfer-encoding'] !== undefined;
    (hasBody ? readBody(req, recorded) : Promise.resolve())
      .then(() => pick(recorded, index))
      .then((reply) => answer(req, res, reply))
      .catch((error: unknown) => {
        res.statusCode = 500;
        res.end(String(error));
      });
  });
  const { url, close } = await listenOnLoopback(server);
  return { url, requests, close };
}

async function answer(req: IncomingMessage, res: ServerResponse, reply: FaultReply): Promise<void> {
  if (reply.delayMs) {
    // Wait, but stop early if the client goes away; undo both, as keep-alive sockets are reused.
    let finish = () => {};
    const timer = setTimeout(() => finish(), reply.delayMs);
    await new Promise<void>((resolve) => {
      finish = resolve;
      req.socket.once('close', finish);
    });
    clearTimeout(timer);
    req.socket.off('close', finish);
    if (req.socket.destroyed) return;
  }
  if (reply.reset) {
    req.socket.destroy();
    return;
  }
  const isText = typeof reply.body === 'string';
  const payload = reply.body === undefined ? '' : isText ? (reply.body as string) : JSON.stringify(reply.body);
  res.writeHead(reply.status ?? 200, {
    'content-type': isText ? 'text/html; charset=utf-8' : 'application/json',
    ...reply.headers,
  });
  const half = payload.slice(0, Math.floor(payload.length / 2));
  if (reply.truncate) {
    res.end(half);
    return;
  }
  if (reply.stallMidBody) {
    res.write(half);
    return;
  }
  if (reply.resetMidBody) {
    res.write(half);
    setTimeout(() => req.socket.destroy(), 10);
    return;
  }
  res.end(payload);
}

export interface JobsServerOptions {
  /** How many jobs exist. */
  total: number;
  /** Report `total_size` (possibly a wrong number) instead of leaving it null like the real API. */
  totalSize?: number | null;
}

/** A fault-server handler that serves `total` jobs by `limit`/`offset`, like the real list endpoint. */
export function jobsHandler({ total, totalSize = null }: JobsServerOptions): FaultHandler {
  return (request) => {
    const limit = Number(request.url.searchParams.get('limit') ?? 50);
    const offset = Number(request.url.searchParams.get('offset') ?? 0);
    const items = [];
    for (let i = offset; i < Math.min(total, offset + limit); i++) items.push(makeJob(i));
    return { body: { items, next_page_token: null, total_size: totalSize } };
  };
}

/** A recorded multipart request's form, parsed by the platform (for asserting what an upload sent). */
export async function formOf(request: RecordedRequest | undefined): Promise<FormData> {
  if (!request) throw new Error('no such request was recorded');
  if (!request.body) throw new Error(`the body of ${request.method} ${request.url.pathname} was not kept`);
  const type = String(request.headers['content-type'] ?? '');
  return new Response(new Uint8Array(request.body), { headers: { 'content-type': type } }).formData();
}
