/**
 * The one code path every operation takes: check the inputs against the spec, send through
 * openapi-fetch and the transport (auth, retries, timeouts), then hand back the parsed 2xx body or
 * throw the typed error for anything else.
 */
import type { OperationMeta, paths } from '@llamacloud-batch/types';
import type { Client } from 'openapi-fetch';
import { PlainRequest, type RequestOptions, type Send } from '../core/transport.js';
import { excerpt, MalformedResponseError, makeAPIError, redactSecret } from '../errors.js';
import { type PreparedRequest, prepareRequest } from './prepare.js';

export interface CallConfig {
  /** Check every 2xx body against the spec's schema (see `validateResponses`). */
  validateResponses: boolean;
  /** The API key, scrubbed from anything a server echoes back into an error. */
  secret: string;
  /** Whether calls may skip building a platform Request (see PlainRequest). */
  plainRequests: () => boolean;
}

/** Sends one operation; `pathValues` in path order, `params` holds query, header and body inputs. */
export type Call = (
  operation: OperationMeta,
  pathValues: readonly unknown[],
  params: Record<string, unknown> | undefined,
  options?: RequestOptions,
) => Promise<unknown>;

type RawRequest = (
  method: string,
  path: string,
  init: Record<string, unknown>,
) => Promise<{ error?: unknown; response: Response }>;

export function createCall(raw: Client<paths>, send: Send, config: CallConfig): Call {
  // openapi-fetch's method-agnostic entry point; the model's paths are keys of `paths`, typed at the resource layer.
  const request = raw.request as unknown as RawRequest;
  return async function call(operation, pathValues, params, options = {}) {
    const prepared = await checkedRequest(operation, pathValues, params);
    // Anything but a JSON body (a form, a file of raw bytes, another media type) is encoded by code
    // that loads only then; a form or a file is built once and sent again by each attempt.
    const encoded =
      prepared.body !== undefined && operation.body && operation.body.mediaType !== 'application/json'
        ? (await import('../core/multipart.js')).encodeBody(operation.body, prepared.body)
        : undefined;
    const form = encoded?.resend;
    let text = '';
    const binary = operation.response === 'binary';
    const { error, response } = await request(operation.method.toUpperCase(), operation.path, {
      params: { path: prepared.path, query: prepared.query, header: prepared.header },
      ...(prepared.body !== undefined && { body: encoded?.body ?? prepared.body }),
      ...encoded?.init,
      // The transport hands over a 2xx body as text (read once); openapi-fetch must not read it again.
      parseAs: 'stream',
      ...(config.plainRequests() && { Request: PlainRequest }),
      fetch: (built: Request) =>
        send(built, {
          ...options,
          idempotent: operation.idempotent !== false,
          ...(form && { body: form }),
          // A binary body is read as bytes (text would mangle them), handed over as a Blob below.
          ...(!binary && {
            onText: (body: string) => {
              text = body;
            },
          }),
        }),
    });
    if (!response.ok) {
      throw makeAPIError({
        status: response.status,
        headers: redactSecret(response.headers, config.secret),
        body: redactSecret(error, config.secret),
        notRetried: operation.idempotent === false,
      });
    }
    if (binary) return response.status === 204 || response.status === 205 ? undefined : await response.blob();
    const data = parseBody(response.status, text, config.secret);
    const results = operation.pagination?.results;
    if (results !== undefined && !Array.isArray((data as Record<string, unknown> | null | undefined)?.[results])) {
      const reason = `expected an object with an \`${results}\` array`;
      throw new MalformedResponseError(response.status, excerpt(redactSecret(text, config.secret)), reason);
    }
    if (config.validateResponses) {
      const validation: typeof import('../response-validation.js') = await import('../response-validation.js');
      await validation.assertValidResponse(operation, response.status, data);
    }
    return data;
  };
}

/**
 * Checks one call's inputs against the spec — path values, query and header parameters, the body —
 * without sending anything; rejects with InvalidParameterError naming the input and the rule.
 */
export async function validateInputs(
  operation: OperationMeta,
  pathValues: readonly unknown[],
  params: Record<string, unknown> | undefined,
): Promise<void> {
  await checkedRequest(operation, pathValues, params);
}

async function checkedRequest(
  operation: OperationMeta,
  pathValues: readonly unknown[],
  params: Record<string, unknown> | undefined,
): Promise<PreparedRequest> {
  const prepared = prepareRequest(operation, pathValues, params);
  if (prepared.body !== undefined || operation.body?.required) {
    // Body schemas are compiled to validators at build time; the code loads with the first body sent.
    // A form's files were checked by prepareRequest; its validator covers the other fields.
    const files =
      operation.body?.fields.filter((field) => field.file).map((field) => field.wireName ?? field.name) ?? [];
    // A body of raw bytes is its one file field's value; a form holds its files by name.
    const form = (operation.body?.whole ? { body: prepared.body } : prepared.body) as Record<string, unknown>;
    // Its code loads only for operations with file parts.
    if (files.length) (await import('../core/multipart.js')).checkFiles(operation.body?.fields ?? [], form);
    const checked = files.length
      ? Object.fromEntries(Object.entries(form).filter(([name]) => !files.includes(name)))
      : prepared.body;
    const validation: typeof import('../request-validation.js') = await import('../request-validation.js');
    await validation.assertValidBody(operation, checked);
  }
  return prepared;
}

/** Parses a 2xx body: JSON, or nothing at all for 204/205. */
function parseBody(status: number, text: string, secret: string): unknown {
  if (text === '' && (status === 204 || status === 205)) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new MalformedResponseError(status, excerpt(redactSecret(text, secret)), 'body is not valid JSON');
  }
}
