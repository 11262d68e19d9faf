import { readFileSync } from 'node:fs';
import {
  type ModelOperation,
  type OperationKey,
  operationHints,
  operationKeys,
  operationModel,
  type ParameterMeta,
} from '@llamacloud-batch/types';
import { parse } from 'yaml';
import { minimalBody, minimalValue } from './operation-fixtures.js';
import { startPrism } from './prism.js';
import { specPath as defaultSpecPath } from './spec.js';

/** One request the contract check sends: which operation, a label for the report, its query and body. */
export interface ContractRequest {
  operation: OperationKey;
  method: string;
  /** The path template; its `{…}` parameters are filled when the request is sent (see `resolvePathParam`). */
  path: string;
  /** What this request varies, e.g. `status=running` or `no optional parameters`. */
  label: string;
  query: Record<string, string>;
  /** Send the cursor the operation's first page returned in this query parameter. */
  cursorParam?: string;
  body?: unknown;
}

/** One problem Prism found, as it reports it in the `sl-violations` header. */
export interface Violation {
  location: string[];
  severity: string;
  code: string | number;
  message: string;
}

/** What one request brought back through the validating proxy. */
export interface ContractResult {
  request: ContractRequest;
  /** The path parameters' values, resolved from earlier answers or given with --param. */
  pathParams?: Record<string, string>;
  status?: number;
  violations: Violation[];
  /** The request itself failed (network error, timeout) or the answer was not a success. */
  error?: string;
  /** Why the request was not sent (a path parameter nobody supplied); not a failure. */
  skipped?: string;
}

export interface ContractPlanOptions {
  /** Also send the operations that are not read-only (creates, cancel). Never the default. */
  includeWrites?: boolean;
  /**
   * `--param name=value`: a path parameter's value for the reads (instead of resolving it), or a query
   * parameter added to every request that takes it. Writes never take a given id: they act only on what they created.
   */
  params?: Record<string, string>;
  /** Spec whose request-body examples the writes send; this repository's spec/openapi.yaml when omitted. */
  specPath?: string;
}

export interface ContractCheckOptions extends ContractPlanOptions {
  /** The server to check, e.g. https://api.cloud.llamaindex.ai */
  baseUrl: string;
  /** Sent as `Authorization: Bearer <key>`; never printed. */
  apiKey: string;
  /** Per-request timeout in ms. */
  timeoutMs?: number;
  /** Receives each report line (stdout in the CLI script). */
  log?: (line: string) => void;
}

/** A past-the-end offset no real project reaches. */
const FAR_OFFSET = 1_000_000;

const model = (key: OperationKey): ModelOperation => operationModel[key];
const isWrite = (key: OperationKey): boolean => !operationHints[key].readOnly;

/**
 * The requests that exercise the spec, in the order they must run. Each read-only operation gets
 * one request with no optional parameters, one per enum value of each query parameter, the bounds
 * (and middle) of each bounded number, and paging inputs: a one-item page, an offset past the end,
 * the first page's cursor. Operations with side effects come last, once each, only with
 * `includeWrites`. Throws on a `params` name no operation has (a usage error).
 */
export function representativeRequests(options: ContractPlanOptions = {}): ContractRequest[] {
  const given = options.params ?? {};
  checkParamNames(given);
  const reads = operationKeys.filter((key) => !isWrite(key));
  const writes = options.includeWrites ? operationKeys.filter(isWrite) : [];
  const spec = writes.length > 0 ? parse(readFileSync(options.specPath ?? defaultSpecPath, 'utf8')) : undefined;
  return [...runOrder(reads), ...runOrder(writes)].flatMap((key) => {
    const operation = model(key);
    const queryParams = operation.parameters.filter((p) => p.in === 'query');
    // A required query parameter (none yet) goes into every request, with its smallest valid value.
    const required = queryParams
      .filter((p) => p.required)
      .map(({ required: _, ...schema }) => [schema.name, String(minimalValue(schema))]);
    const base = (label: string, query: Record<string, string> = {}): ContractRequest => ({
      operation: key,
      method: operation.method.toUpperCase(),
      path: operation.path,
      label,
      query: { ...Object.fromEntries(required), ...givenQuery(queryParams, given, query), ...query },
    });
    if (isWrite(key)) return [{ ...base(''), ...writeBody(key, spec) }];
    return [base('no optional parameters'), ...queryParams.flatMap((p) => variations(p, operation, base))];
  });
}

/** The requests that vary one query parameter: its enum values, or its bounds, or a paging input. */
function variations(
  param: ParameterMeta,
  operation: ModelOperation,
  base: (label: string, query: Record<string, string>) => ContractRequest,
): ContractRequest[] {
  const set = (value: unknown, note = '') => base(`${param.name}=${value}${note}`, { [param.name]: String(value) });
  const values = param.enum ?? param.items?.enum;
  if (values) return values.map((value) => set(value));
  const paging = operation.pagination;
  if (paging?.type === 'cursor' && param.name === paging.cursor) {
    return [{ ...base(`${param.name}=<${paging.nextCursor} of the first page>`, {}), cursorParam: param.name }];
  }
  if (param.type !== 'integer' && param.type !== 'number') return [];
  const { minimum: min, maximum: max } = param;
  const bounds = [min, min !== undefined && max !== undefined ? middle(min, max, param.type) : undefined, max];
  const requests = bounds.filter((value) => value !== undefined).map((value) => set(value));
  if (paging?.type === 'offsetLimit' && param.name === paging.offset) requests.push(set(FAR_OFFSET, ' (past the end)'));
  if (requests.length === 0 && param.name === paging?.limit) requests.push(set(1, ' (one-item page)'));
  return requests;
}

const middle = (min: number, max: number, type: string) =>
  type === 'integer' ? Math.floor((min + max) / 2) : (min + max) / 2;

/** Given query parameters the operation takes, except the one this request varies itself. */
function givenQuery(params: readonly ParameterMeta[], given: Record<string, string>, varied: Record<string, string>) {
  return Object.fromEntries(
    params.filter((p) => p.name in given && !(p.name in varied)).map((p) => [p.name, given[p.name] as string]),
  );
}

function checkParamNames(given: Record<string, string>): void {
  const known = new Set(operationKeys.flatMap((key) => model(key).parameters.map((p) => p.name)));
  for (const name of Object.keys(given)) {
    if (!known.has(name))
      throw new Error(`--param ${name}: no operation has that parameter; known: ${[...known].sort().join(', ')}.`);
  }
}

/** The body a write sends: the spec's request-body example when it has one, else only the required fields. */
function writeBody(key: OperationKey, spec: SpecDocument | undefined): Pick<ContractRequest, 'body' | 'label'> {
  const operation = model(key);
  if (!operation.body) return { label: 'no body' };
  const example = requestBodyExample(spec, operation);
  if (example !== undefined) return { label: "body: the spec's example", body: example };
  return { label: 'body: required fields only', body: minimalBody(key) };
}

type SpecDocument = {
  paths?: Record<string, Record<string, SpecOperation>>;
  components?: Record<string, Record<string, unknown>>;
};
type MediaType = { example?: unknown; examples?: Record<string, { value?: unknown }> };
type SpecOperation = { requestBody?: { $ref?: string; content?: Record<string, MediaType> } };

/** The model carries no examples, so the request body's `example` (or first of `examples`) is read from the spec. */
function requestBodyExample(spec: SpecDocument | undefined, operation: ModelOperation): unknown {
  let requestBody = spec?.paths?.[operation.path]?.[operation.method]?.requestBody;
  if (requestBody?.$ref)
    requestBody = spec?.components?.requestBodies?.[requestBody.$ref.split('/').pop() ?? ''] as typeof requestBody;
  const media = operation.body ? requestBody?.content?.[operation.body.mediaType] : undefined;
  return media?.example ?? Object.values(media?.examples ?? {})[0]?.value;
}

/**
 * The resolution rule: `{p}` in a path names a member of the collection at the path before it
 * (`/api/v2/batches/{batch_id}` → `/api/v2/batches`). Its value comes from an operation whose path,
 * with its own `{…}` segments dropped, is that collection: for a read, the collection's paginated
 * GET (the first item's field named `p`, else its `id`); for a write, the object this run's create
 * (a POST there) returned, so a write only ever acts on what the check itself created.
 */
export function pathParamSource(key: OperationKey, param: string): OperationKey | undefined {
  const collection = model(key).path.split(`/{${param}}`)[0] ?? '';
  const stripped = (path: string) => path.replace(/\/\{[^}]+\}/g, '');
  const write = isWrite(key);
  return operationKeys.find((candidate) => {
    const source = model(candidate);
    // The collection as written (`/directories/{directory_id}/files`, listed under its parent), or
    // with the parents' parameters left out (`/batch-processing/items`, listed per job).
    if (candidate === key || (source.path !== collection && stripped(source.path) !== collection)) return false;
    return write ? source.method === 'post' : source.method === 'get' && source.pagination;
  });
}

/** Operations in an order where each runs after the operations its path parameters come from. */
function runOrder(keys: readonly OperationKey[]): OperationKey[] {
  const pending = [...keys];
  const order: OperationKey[] = [];
  while (pending.length > 0) {
    const ready = pending.findIndex((key) =>
      model(key).pathParams.every((p) => !pending.includes(pathParamSource(key, p) as OperationKey)),
    );
    order.push(...pending.splice(Math.max(ready, 0), 1));
  }
  return order;
}

/** What earlier answers revealed: each paginated operation's first non-empty page, its next cursor, and created objects. */
interface Findings {
  items: Map<OperationKey, Record<string, unknown>[]>;
  nextCursor: Map<OperationKey, string>;
  created: Map<OperationKey, Record<string, unknown>>;
}

/** A path parameter's value: `--param` for reads, else found by the rule of `pathParamSource`. */
function resolvePathParam(key: OperationKey, param: string, given: Record<string, string>, found: Findings) {
  const givenValue = given[param];
  if (givenValue !== undefined && !isWrite(key)) return { value: givenValue };
  const source = pathParamSource(key, param);
  if (!source) return { reason: `no operation lists or creates a ${param}` };
  const candidates = isWrite(key) ? [found.created.get(source) ?? {}] : (found.items.get(source) ?? []);
  const field = candidates.some((item) => isId(item[param])) ? param : 'id';
  const value = candidates.map((item) => item[field]).find(isId);
  if (value !== undefined) return { value: String(value) };
  return { reason: `${source} ${isWrite(key) ? 'created nothing' : 'found no items'}` };
}

const isId = (value: unknown): value is string | number =>
  (typeof value === 'string' && value !== '') || typeof value === 'number';

/** Reads the answers later requests need: list items, the next cursor, a created object. */
function remember(request: ContractRequest, body: unknown, found: Findings): void {
  if (typeof body !== 'object' || body === null) return;
  const record = body as Record<string, unknown>;
  const paging = model(request.operation).pagination;
  const items = paging ? record[paging.results] : undefined;
  if (Array.isArray(items) && items.length > 0 && !found.items.has(request.operation)) {
    found.items.set(request.operation, items);
  }
  const cursor = paging?.type === 'cursor' ? record[paging.nextCursor] : undefined;
  if (typeof cursor === 'string' && cursor !== '' && !found.nextCursor.has(request.operation)) {
    found.nextCursor.set(request.operation, cursor);
  }
  if (request.method === 'POST' && !found.created.has(request.operation)) found.created.set(request.operation, record);
}

/** Turns Prism's `location` (["response","body","items","0","id"]) into `response body items[0].id`. */
export function describeViolation(violation: Violation): string {
  const [where = '', part = '', ...rest] = violation.location;
  const path = [...rest];
  // Prism puts a missing property's name only in the message; add it so the field is named.
  const missing =
    violation.code === 'required' ? /required property '([^']+)'/.exec(violation.message)?.[1] : undefined;
  if (missing) path.push(missing);
  const field = path.reduce((acc, key) => (/^\d+$/.test(key) ? `${acc}[${key}]` : acc ? `${acc}.${key}` : key), '');
  const what = violation.message.replace(/^.*?\b(must|should|is|has)\b/, '$1');
  const prefix = [where, part, field].filter(Boolean).join(' ');
  return `${prefix}: ${missing ? 'is required but missing' : what} (${violation.severity.toLowerCase()}, ${violation.code})`;
}

/** Reads the `sl-violations` header Prism's proxy adds when a request or response breaks the spec. */
export function parseViolations(header: string | null): Violation[] {
  if (!header) return [];
  const parsed: unknown = JSON.parse(header);
  return Array.isArray(parsed) ? (parsed as Violation[]) : [];
}

/**
 * Runs Prism as a validating proxy in front of `baseUrl`, sends every representative request
 * through it one after another, and reports what the spec disallows. Resolves with every result;
 * `failed` counts requests with a violation or without a 2xx answer (skipped ones are not failures).
 */
export async function runContractCheck(
  options: ContractCheckOptions,
): Promise<{ results: ContractResult[]; failed: number; skipped: number }> {
  const log = redacting(options.log ?? (() => {}), options.apiKey);
  const requests = representativeRequests(options);
  const upstream = options.baseUrl.replace(/\/+$/, '');
  const proxy = await startPrism({ upstream, ...(options.specPath ? { specPath: options.specPath } : {}) });
  const results: ContractResult[] = [];
  const found: Findings = { items: new Map(), nextCursor: new Map(), created: new Map() };
  try {
    log(`Checking ${upstream} against the spec through Prism's validating proxy`);
    log(writesNotice(options.includeWrites === true, upstream));
    for (const request of requests) {
      const result = await sendResolved(proxy.url, request, options, found);
      results.push(result);
      report(result, log);
    }
  } finally {
    await proxy.close();
  }
  const failed = results.filter(isFailure).length;
  const skipped = results.filter((result) => result.skipped).length;
  const sent = results.length - skipped;
  const tail = `${skipped > 0 ? `; ${skipped} skipped` : ''}${options.includeWrites ? ' (writes included)' : ''}.`;
  log(
    failed === 0
      ? `All ${sent} responses conform to the spec${tail}`
      : `${failed} of ${sent} responses broke the spec${tail}`,
  );
  return { results, failed, skipped };
}

function writesNotice(includeWrites: boolean, upstream: string): string {
  const writes = operationKeys.filter(isWrite);
  if (includeWrites) return `Writes included: ${writes.join(', ')} will create or change data on ${upstream}.`;
  return `Read-only: ${writes.length} operations with side effects (${writes.join(', ')}) are left out; --include-writes runs them.`;
}

/** Fills the path parameters and cursor from earlier answers (or --param), then sends; skips what cannot be filled. */
async function sendResolved(
  proxyUrl: string,
  request: ContractRequest,
  options: ContractCheckOptions,
  found: Findings,
): Promise<ContractResult> {
  let path = request.path;
  const pathParams: Record<string, string> = {};
  for (const param of model(request.operation).pathParams) {
    const resolved = resolvePathParam(request.operation, param, options.params ?? {}, found);
    if (!('value' in resolved)) {
      return { request, violations: [], skipped: `no ${param}, ${resolved.reason}; give --param ${param}=<id>` };
    }
    pathParams[param] = resolved.value;
    path = path.replace(`{${param}}`, encodeURIComponent(resolved.value));
  }
  const query = { ...request.query };
  if (request.cursorParam) {
    const cursor = found.nextCursor.get(request.operation);
    if (cursor === undefined)
      return { request, pathParams, violations: [], skipped: 'the first page had no next cursor' };
    query[request.cursorParam] = cursor;
  }
  const { body, ...result } = await send(`${proxyUrl}${path}?${new URLSearchParams(query)}`, request, options);
  if (!result.error) remember(request, body, found);
  return { request, pathParams, ...result };
}

async function send(
  url: string,
  request: ContractRequest,
  options: ContractCheckOptions,
): Promise<Pick<ContractResult, 'status' | 'violations' | 'error'> & { body?: unknown }> {
  const hasBody = request.body !== undefined;
  // A multipart body goes as a form (fetch writes its content type and boundary), any other as JSON.
  const form = model(request.operation).body?.mediaType === 'multipart/form-data';
  try {
    const response = await fetch(url, {
      method: request.method,
      headers: {
        authorization: `Bearer ${options.apiKey}`,
        accept: 'application/json',
        ...(hasBody && !form ? { 'content-type': 'application/json' } : {}),
      },
      ...(hasBody
        ? { body: form ? formFromFields(request.body as Record<string, unknown>) : JSON.stringify(request.body) }
        : {}),
      signal: AbortSignal.timeout(options.timeoutMs ?? 60_000),
    });
    const text = await response.text();
    const violations = parseViolations(response.headers.get('sl-violations'));
    const error = response.ok ? undefined : `answered ${response.status}, expected 2xx${hint(response.status)}`;
    return { status: response.status, violations, body: parseJson(text), ...(error ? { error } : {}) };
  } catch (error) {
    return { violations: [], error: (error as Error).message };
  }
}

/** A multipart body as a browser form sends it: Blobs as files, anything else as text (JSON for non-strings); null and undefined left out. */
export function formFromFields(fields: Record<string, unknown>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    if (value instanceof Blob) data.append(name, value);
    else if (value !== undefined && value !== null)
      data.append(name, typeof value === 'string' ? value : JSON.stringify(value));
  }
  return data;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function hint(status: number): string {
  return status === 401 || status === 403 ? ' (is LLAMA_CLOUD_API_KEY right?)' : '';
}

function isFailure(result: ContractResult): boolean {
  return result.error !== undefined || result.violations.length > 0;
}

function report(result: ContractResult, log: (line: string) => void): void {
  const { operation, label } = result.request;
  const values = Object.entries(result.pathParams ?? {}).map(([name, value]) => `${name}=${value}`);
  const name = values.length > 0 ? `${operation}(${values.join(', ')})` : operation;
  if (result.skipped) {
    log(`- ${name}: ${label} → skipped (${result.skipped})`);
    return;
  }
  const status = result.status === undefined ? 'no answer' : String(result.status);
  log(`${isFailure(result) ? '✗' : '✓'} ${name}: ${label} → ${status}`);
  if (result.error) log(`    ${result.error}`);
  for (const violation of result.violations) log(`    ${describeViolation(violation)}`);
}

/** Wraps `log` so the key never reaches the output, whatever a message contains. */
function redacting(log: (line: string) => void, secret: string): (line: string) => void {
  return (line) => log(secret ? line.split(secret).join('***') : line);
}
