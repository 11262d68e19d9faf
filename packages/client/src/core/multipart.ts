/**
 * Multipart form bodies (file uploads): what a file part may be, and the FormData the platform's
 * fetch encodes. A Blob — a File, or in Node `fs.openAsBlob(path)` — is read by fetch as the body is
 * sent, not up front, and can be sent again on a retry (an upload follows no redirect, so Node's
 * fetch keeps none of it: see the transport's attemptRequest and test/uploads.test.ts).
 */
import type { BodyFieldMeta, BodyMeta } from '@llamacloud-batch/types';
import { InvalidParameterError } from '../errors.js';
import { UPLOADABLE, type Uploadable } from './uploadable.js';

export type { Uploadable };

export function isUploadable(value: unknown): value is Uploadable {
  return value instanceof Blob || value instanceof Uint8Array || value instanceof ArrayBuffer;
}

/** Throws InvalidParameterError for a file part that is not an Uploadable (or a required one that is missing). */
export function checkFiles(fields: readonly BodyFieldMeta[], body: Record<string, unknown>): void {
  for (const field of fields) {
    if (!field.file) continue;
    const value = body[field.wireName ?? field.name];
    if (value === undefined && !field.required) continue;
    if (!isUploadable(value)) {
      const got =
        value === undefined
          ? 'nothing'
          : typeof value === 'string'
            ? JSON.stringify(value)
            : value === null
              ? 'null'
              : typeof value;
      throw new InvalidParameterError(
        field.name,
        value,
        UPLOADABLE,
        `Invalid ${field.name}: expected the file as ${UPLOADABLE}, got ${got}`,
      );
    }
  }
}

/**
 * The form for `body`: file parts as Blobs (a File keeps its name and type), other fields as text —
 * strings as they are, numbers and booleans in JSON, objects and arrays as JSON. null and undefined
 * fields are left out, as a form has no null.
 */
export function formData(fields: readonly BodyFieldMeta[], body: Record<string, unknown>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(body)) {
    if (value === undefined || value === null) continue;
    if (fields.some((field) => (field.wireName ?? field.name) === name && field.file)) {
      const blob = value instanceof Blob ? value : new Blob([value as BlobPart]);
      if (blob instanceof File) form.append(name, blob, blob.name);
      else form.append(name, blob);
    } else {
      form.append(name, typeof value === 'string' ? value : JSON.stringify(value));
    }
  }
  return form;
}

/** A body that is not JSON, for openapi-fetch (`body` and request `init`) and the transport (`resend`). */
export interface EncodedBody {
  body: unknown;
  init: { headers?: Record<string, string>; bodySerializer?: (body: unknown) => unknown };
  /** Sent again by each attempt: a form, or the file of a body of raw bytes. */
  resend?: FormData | Blob;
}

/**
 * A multipart form as FormData (fetch writes the Content-Type and boundary); a body of raw bytes as
 * a Blob of its media type (a Blob is sent as it is: a file from disk streams); anything else (a
 * URL-encoded form, a `…+json` body) as openapi-fetch writes it for that Content-Type.
 */
export function encodeBody(meta: BodyMeta, value: unknown): EncodedBody {
  if (meta.mediaType === 'multipart/form-data') {
    const form = formData(meta.fields, value as Record<string, unknown>);
    return { body: form, init: {}, resend: form };
  }
  const headers = { 'content-type': meta.mediaType };
  if (!(meta.whole && meta.fields[0]?.file)) return { body: value, init: { headers } };
  const blob = value instanceof Blob ? value : new Blob([value as BlobPart], { type: meta.mediaType });
  return { body: blob, init: { headers, bodySerializer: (body) => body }, resend: blob };
}
