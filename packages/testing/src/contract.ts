import { batchJobStatusValues, batchJobTypeValues, listBatchJobsPath } from '@llamacloud-batch/types';
import { startPrism } from './prism.js';

/** One request the contract check sends: a label for the report and its query string. */
export interface ContractRequest {
  label: string;
  query: Record<string, string>;
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
  status?: number;
  violations: Violation[];
  /** The request itself failed (network error, timeout) or the answer was not a success. */
  error?: string;
}

export interface ContractCheckOptions {
  /** The server to check, e.g. https://api.cloud.llamaindex.ai */
  baseUrl: string;
  /** Sent as `Authorization: Bearer <key>`; never printed. */
  apiKey: string;
  /** Spec to check against; this repository's spec/openapi.yaml when omitted. */
  specPath?: string;
  /** Per-request timeout in ms. */
  timeoutMs?: number;
  /** Receives each report line (stdout in the CLI script). */
  log?: (line: string) => void;
}

/** A past-the-end offset no real project reaches. */
const FAR_OFFSET = 1_000_000;

/** The representative list requests: no filters, each status, each job_type, limits 1/50/1000, past the end. */
export function representativeRequests(): ContractRequest[] {
  return [
    { label: 'no filters', query: {} },
    ...batchJobStatusValues.map((status) => ({ label: `status=${status}`, query: { status } })),
    ...batchJobTypeValues.map((jobType) => ({ label: `job_type=${jobType}`, query: { job_type: jobType } })),
    ...[1, 50, 1000].map((limit) => ({ label: `limit=${limit}`, query: { limit: String(limit) } })),
    { label: `offset=${FAR_OFFSET} (past the end)`, query: { offset: String(FAR_OFFSET) } },
  ];
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
 * `failed` counts requests with a violation or without a 2xx answer.
 */
export async function runContractCheck(
  options: ContractCheckOptions,
): Promise<{ results: ContractResult[]; failed: number }> {
  const log = redacting(options.log ?? (() => {}), options.apiKey);
  const upstream = options.baseUrl.replace(/\/+$/, '');
  const proxy = await startPrism({ upstream, ...(options.specPath ? { specPath: options.specPath } : {}) });
  const results: ContractResult[] = [];
  try {
    log(`Checking ${upstream} against the spec through Prism's validating proxy`);
    const requests = representativeRequests();
    for (const request of requests) {
      const result = await send(proxy.url, request, options);
      results.push(result);
      report(result, log);
    }
  } finally {
    await proxy.close();
  }
  const failed = results.filter(isFailure).length;
  log(
    failed === 0
      ? `All ${results.length} responses conform to the spec.`
      : `${failed} of ${results.length} responses broke the spec.`,
  );
  return { results, failed };
}

async function send(
  proxyUrl: string,
  request: ContractRequest,
  options: ContractCheckOptions,
): Promise<ContractResult> {
  const url = `${proxyUrl}${listBatchJobsPath}?${new URLSearchParams(request.query)}`;
  try {
    const response = await fetch(url, {
      headers: { authorization: `Bearer ${options.apiKey}`, accept: 'application/json' },
      signal: AbortSignal.timeout(options.timeoutMs ?? 60_000),
    });
    await response.arrayBuffer();
    const violations = parseViolations(response.headers.get('sl-violations'));
    const error = response.ok ? undefined : `answered ${response.status}, expected 2xx${hint(response.status)}`;
    return { request, status: response.status, violations, ...(error ? { error } : {}) };
  } catch (error) {
    return { request, violations: [], error: (error as Error).message };
  }
}

function hint(status: number): string {
  return status === 401 || status === 403 ? ' (is LLAMA_CLOUD_API_KEY right?)' : '';
}

function isFailure(result: ContractResult): boolean {
  return result.error !== undefined || result.violations.length > 0;
}

function report(result: ContractResult, log: (line: string) => void): void {
  const status = result.status === undefined ? 'no answer' : String(result.status);
  log(`${isFailure(result) ? '✗' : '✓'} ${result.request.label} → ${status}`);
  if (result.error) log(`    ${result.error}`);
  for (const violation of result.violations) log(`    ${describeViolation(violation)}`);
}

/** Wraps `log` so the key never reaches the output, whatever a message contains. */
function redacting(log: (line: string) => void, secret: string): (line: string) => void {
  return (line) => log(secret ? line.split(secret).join('***') : line);
}
