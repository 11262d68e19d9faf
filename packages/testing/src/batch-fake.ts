/**
 * A small stateful fake of the API a batch runs on: directories, their files (streamed uploads, the
 * `unique_id` / `display_name` filters of the file listing, cursor pages) and v2 batches that move
 * from PENDING to a final state as they are polled. Every request is recorded, so tests count them;
 * `intercept` lets a test answer in its own way (a 503 after the upload was stored, a stall).
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { components } from '@llamacloud-batch/types';
import type { RecordedRequest } from './fault-server.js';
import { boundaryOf, readMultipart, type StreamedPart } from './multipart-stream.js';
import type { RunningServer } from './prism.js';

type Schemas = components['schemas'];
type BatchStatus = Schemas['BatchStatus'];

/** A request as the fake saw it: its form parts (files hashed, not kept) or its JSON body. */
export interface FakeRequest extends RecordedRequest {
  parts?: StreamedPart[];
  json?: unknown;
}

export interface FakeAnswer {
  status?: number;
  body?: unknown;
  /** Wait this long before answering (stops early when the client goes away). */
  delayMs?: number | undefined;
  /** Destroy the connection instead of answering. */
  reset?: boolean;
}

/** A file the fake stored: what the directory listing shows, plus the stored bytes' size and hash. */
export interface StoredFile {
  entry: Schemas['DirectoryFile'];
  bytes: number;
  sha256: string;
  filename: string | undefined;
}

export interface BatchFakeOptions {
  /** Milliseconds before every answer (a network's round trip). */
  latencyMs?: number;
  /** GETs of a batch before it reaches its final state (default 1: the first poll sees it RUNNING). */
  pollsUntilDone?: number;
  /** The state a batch ends in (default COMPLETED). */
  finalStatus?: BatchStatus;
  /** The error_message of a file's result, or null when its job was created (default: null for all). */
  itemError?: (file: StoredFile) => string | null;
  /** Answers a request itself; `proceed` applies it to the fake's state and returns the normal answer. */
  intercept?: (request: FakeRequest, proceed: () => FakeAnswer) => FakeAnswer | Promise<FakeAnswer>;
}

export interface BatchFake extends RunningServer {
  readonly requests: FakeRequest[];
  readonly directories: Map<string, Schemas['Directory']>;
  /** Every stored file, in the order it arrived. */
  readonly files: StoredFile[];
  readonly batches: Map<string, Schemas['Batch'] & { polls: number }>;
}

const PROJECT = 'prj-aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';
const FILES = /^\/api\/v1\/beta\/directories\/([^/]+)\/files(\/upload)?$/;
const DIRECTORY = /^\/api\/v1\/beta\/directories(?:\/([^/]+))?$/;
const BATCH = /^\/api\/v2\/batches(?:\/([^/]+)(\/cancel)?)?$/;
const TERMINAL: readonly BatchStatus[] = ['COMPLETED', 'FAILED', 'CANCELLED'];

export async function startBatchFake(options: BatchFakeOptions = {}): Promise<BatchFake> {
  const state = {
    requests: [] as FakeRequest[],
    directories: new Map<string, Schemas['Directory']>(),
    files: [] as StoredFile[],
    batches: new Map<string, Schemas['Batch'] & { polls: number }>(),
  };
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    const request: FakeRequest = {
      method: req.method ?? 'GET',
      url: new URL(req.url ?? '/', 'http://127.0.0.1'),
      headers: req.headers,
      at: Date.now(),
    };
    state.requests.push(request);
    res.on('close', () => {
      if (!res.writableFinished) request.aborted = true;
    });
    readRequest(req, request)
      .then(() => {
        const proceed = () => route(state, options, request);
        return options.intercept ? options.intercept(request, proceed) : proceed();
      })
      .then((answer) => send(req, res, { delayMs: options.latencyMs, ...answer }))
      .catch((error: unknown) => {
        // A client that went away mid-body leaves nothing stored; anything else is the fake's bug.
        if (!res.headersSent && !req.socket.destroyed) send(req, res, { status: 500, body: { detail: String(error) } });
      });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    ...state,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

async function readRequest(req: IncomingMessage, request: FakeRequest): Promise<void> {
  const type = req.headers['content-type'];
  const boundary = type?.startsWith('multipart/form-data') ? boundaryOf(type) : undefined;
  if (boundary) {
    request.parts = await readMultipart(req as AsyncIterable<Buffer>, boundary);
    return;
  }
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk);
  const text = Buffer.concat(chunks).toString('utf8');
  request.bodyBytes = text.length;
  if (text) request.json = JSON.parse(text) as unknown;
}

type State = Pick<BatchFake, 'requests' | 'directories' | 'files' | 'batches'>;

function route(state: State, options: BatchFakeOptions, request: FakeRequest): FakeAnswer {
  const { pathname } = request.url;
  const method = request.method;
  const files = FILES.exec(pathname);
  if (files) {
    const directoryId = decodeURIComponent(files[1] as string);
    if (!state.directories.has(directoryId)) return notFound('Directory');
    if (files[2] && method === 'POST') return upload(state, directoryId, request);
    if (!files[2] && method === 'GET') return listFiles(state, directoryId, request.url.searchParams);
  }
  const directory = DIRECTORY.exec(pathname);
  if (directory) {
    if (!directory[1] && method === 'POST') return createDirectory(state, request.json);
    const found = directory[1] && state.directories.get(decodeURIComponent(directory[1]));
    if (directory[1] && method === 'GET') return found ? { body: found } : notFound('Directory');
  }
  const batch = BATCH.exec(pathname);
  if (batch) {
    if (!batch[1] && method === 'POST') return createBatch(state, request.json);
    const found = batch[1] ? state.batches.get(decodeURIComponent(batch[1])) : undefined;
    if (batch[1] && !found) return notFound('Batch');
    if (found && batch[2] && method === 'POST') {
      if (TERMINAL.includes(found.status)) return { status: 409, body: { detail: `Batch is ${found.status}` } };
      found.status = 'CANCELLED';
      return { body: batchAnswer(found) };
    }
    if (found && method === 'GET') return { body: poll(state, options, found, request.url.searchParams) };
  }
  return { status: 404, body: { detail: `No route for ${method} ${pathname}` } };
}

function notFound(what: string): FakeAnswer {
  return { status: 404, body: { detail: `${what} not found` } };
}

function createDirectory(state: State, body: unknown): FakeAnswer {
  const { name, type, description } = (body ?? {}) as Record<string, unknown>;
  if (typeof name !== 'string' || name === '') return invalid('name', 'a non-empty string');
  const now = new Date().toISOString();
  const directory: Schemas['Directory'] = {
    id: `dir-${randomUUID()}`,
    name,
    project_id: PROJECT,
    type: type === 'ephemeral' ? 'ephemeral' : 'user',
    description: typeof description === 'string' ? description : null,
    connector_subscription_id: null,
    created_at: now,
    updated_at: now,
    expires_at: null,
    deleted_at: null,
  };
  state.directories.set(directory.id, directory);
  return { body: directory };
}

function invalid(field: string, expected: string): FakeAnswer {
  return {
    status: 422,
    body: { detail: [{ loc: ['body', field], msg: `expected ${expected}`, type: 'value_error' }] },
  };
}

function upload(state: State, directoryId: string, request: FakeRequest): FakeAnswer {
  const parts = request.parts ?? [];
  const file = parts.find((part) => part.name === 'upload_file' && part.filename !== undefined);
  if (!file) return invalid('upload_file', 'a file part');
  const field = (name: string) => parts.find((part) => part.name === name && part.filename === undefined)?.text;
  const uniqueId = field('unique_id') ?? file.filename ?? 'blob';
  if (state.files.some((stored) => stored.entry.directory_id === directoryId && stored.entry.unique_id === uniqueId)) {
    return { status: 409, body: { detail: `A file with unique_id ${uniqueId} is already in the directory` } };
  }
  const now = new Date().toISOString();
  const entry: Schemas['DirectoryFile'] = {
    id: `dfl-${randomUUID()}`,
    directory_id: directoryId,
    display_name: field('display_name') ?? file.filename ?? 'blob',
    project_id: PROJECT,
    unique_id: uniqueId,
    file_id: `fil-${randomUUID()}`,
    metadata: JSON.parse(field('metadata') ?? '{}') as Schemas['DirectoryFileMetadata'],
    created_at: now,
    updated_at: now,
  };
  state.files.push({ entry, bytes: file.bytes, sha256: file.sha256, filename: file.filename });
  return { body: entry };
}

/** The listing's filters and cursor pages: `page_token` is the index of the page's first file. */
function listFiles(state: State, directoryId: string, query: URLSearchParams): FakeAnswer {
  const size = Number(query.get('page_size') ?? 50);
  if (!Number.isInteger(size) || size < 1 || size > 1000) return invalid('page_size', 'an integer from 1 to 1000');
  const start = Number(query.get('page_token') ?? 0);
  const uniqueId = query.get('unique_id');
  const displayName = query.get('display_name');
  const matching = state.files
    .map((stored) => stored.entry)
    .filter(
      (entry) =>
        entry.directory_id === directoryId &&
        (uniqueId === null || entry.unique_id === uniqueId) &&
        (displayName === null || entry.display_name === displayName),
    );
  const items = matching.slice(start, start + size);
  const next = start + size < matching.length ? String(start + size) : null;
  return { body: { items, next_page_token: next, total_size: null } };
}

function createBatch(state: State, body: unknown): FakeAnswer {
  const { config, source_directory_id: directoryId } = (body ?? {}) as Record<string, unknown>;
  if (typeof directoryId !== 'string') return invalid('source_directory_id', 'a string');
  if (typeof config !== 'object' || config === null) return invalid('config', 'an object');
  if (!state.directories.has(directoryId)) return notFound('Directory');
  const now = new Date().toISOString();
  const batch = {
    id: `bat-${randomUUID()}`,
    config: config as Schemas['BatchConfig'],
    project_id: PROJECT,
    source_directory_id: directoryId,
    status: 'PENDING' as BatchStatus,
    created_at: now,
    results: null,
    updated_at: now,
    polls: 0,
  };
  state.batches.set(batch.id, batch);
  return { body: batchAnswer(batch) };
}

function poll(
  state: State,
  options: BatchFakeOptions,
  batch: Schemas['Batch'] & { polls: number },
  query: URLSearchParams,
): Schemas['Batch'] {
  if (!TERMINAL.includes(batch.status)) {
    batch.polls++;
    batch.status = batch.polls > (options.pollsUntilDone ?? 1) ? (options.finalStatus ?? 'COMPLETED') : 'RUNNING';
    batch.updated_at = new Date().toISOString();
  }
  const expand = query.getAll('expand').flatMap((value) => value.split(','));
  if (!expand.includes('results') || !TERMINAL.includes(batch.status)) return batchAnswer(batch);
  const results = state.files
    .filter((stored) => stored.entry.directory_id === batch.source_directory_id)
    .map((stored): Schemas['BatchResult'] => {
      const error = options.itemError?.(stored) ?? null;
      return {
        source_directory_file_id: stored.entry.id,
        error_message: error,
        job_reference: error === null ? { id: `pjb-${stored.entry.id.slice(4)}`, type: batch.config.job.type } : null,
      };
    });
  return { ...batchAnswer(batch), results };
}

function batchAnswer({ polls: _polls, ...batch }: Schemas['Batch'] & { polls: number }): Schemas['Batch'] {
  return batch;
}

async function send(req: IncomingMessage, res: ServerResponse, answer: FakeAnswer): Promise<void> {
  if (answer.delayMs) {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(done, answer.delayMs);
      function done() {
        clearTimeout(timer);
        req.socket.off('close', done);
        resolve();
      }
      req.socket.once('close', done);
    });
    if (req.socket.destroyed) return;
  }
  if (answer.reset) {
    req.socket.destroy();
    return;
  }
  res.writeHead(answer.status ?? 200, { 'content-type': 'application/json' });
  res.end(answer.body === undefined ? '' : JSON.stringify(answer.body));
}
