/**
 * Multipart form bodies (file uploads): what a file part may be, and the FormData the platform's
 * fetch encodes. A Blob — a File, or in Node `fs.openAsBlob(path)` — is read by fetch as the body is
 * sent, not up front, and can be sent again on a retry (an upload follows no redirect, so Node's
 * fetch keeps none of it: see EncodedBody's `redirect` and test/uploads.test.ts).
 */
import type { BodyFieldMeta, BodyMeta } from '@llamacloud-batch/types';
import { InvalidParameterError } from '../errors.js';
import { UPLOADABLE, type Uploadable } from './uploadable.js';

export type { Uploadable };

const isStream = (value: unknown): value is ReadableStream<Uint8Array> =>
  typeof ReadableStream !== 'undefined' && value instanceof ReadableStream;

export function isUploadable(value: unknown): value is Uploadable {
  return value instanceof Blob || value instanceof Uint8Array || value instanceof ArrayBuffer || isStream(value);
}

/** The names, in the body, of the form's file parts. */
function filePartNames(fields: readonly BodyFieldMeta[]): Set<string> {
  return new Set(fields.filter((field) => field.file).map((field) => field.wireName ?? field.name));
}

/** A form field that is not a file, as text: a string as it is, anything else as JSON. */
const fieldText = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

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
  const files = filePartNames(fields);
  for (const [name, value] of Object.entries(body)) {
    if (value === undefined || value === null) continue;
    // A File goes as it is (its name and type kept, and a subclass's own stream(), e.g. the CLI's progress).
    if (files.has(name)) form.append(name, value instanceof Blob ? value : new Blob([value as BlobPart]));
    else form.append(name, fieldText(value));
  }
  return form;
}

/** A body that is not JSON, for openapi-fetch (`body` and request `init`) and the transport (`resend`, `once`). */
export interface EncodedBody {
  body: unknown;
  init: {
    headers?: Record<string, string>;
    bodySerializer?: (body: unknown) => unknown;
    /** A stream body is sent half-duplex. */
    duplex?: 'half';
    /**
     * An upload (a form, a file, a stream) follows no redirect: undici's fetch keeps every byte of a
     * body it may have to send to a redirect's target (nodejs/undici#4058) — a 512 MiB file cost
     * 600 MB of RSS; with redirects refused, under 100 MB. A 307 to an upload is then an error that
     * says so (connection-failure.ts), and the file is not sent again.
     */
    redirect?: 'error';
  };
  /** Sent again by each attempt: a form, or the file of a body of raw bytes. */
  resend?: FormData | Blob;
  /** The body is a stream, which can be read once: one attempt, never a retry (nor a copy kept for one). */
  once?: true;
}

/**
 * A multipart form as FormData (fetch writes the Content-Type and boundary), or, with a stream part,
 * encoded here as a stream; a body of raw bytes as a Blob of its media type (a Blob is sent as it is:
 * a file from disk streams) or the stream given; anything else (a URL-encoded form, a `…+json` body)
 * as openapi-fetch writes it for that Content-Type.
 */
export function encodeBody(meta: BodyMeta, value: unknown): EncodedBody {
  if (meta.mediaType === 'multipart/form-data') {
    const body = value as Record<string, unknown>;
    if (Object.values(body).some(isStream)) return streamedForm(meta.fields, body);
    const form = formData(meta.fields, body);
    return { body: form, init: { redirect: 'error' }, resend: form };
  }
  const headers = { 'content-type': meta.mediaType };
  if (!(meta.whole && meta.fields[0]?.file)) return { body: value, init: { headers } };
  const raw = { headers, bodySerializer: (body: unknown) => body, redirect: 'error' } as const;
  if (isStream(value)) return { body: value, init: { ...raw, duplex: 'half' }, once: true };
  const blob = value instanceof Blob ? value : new Blob([value as BlobPart], { type: meta.mediaType });
  return { body: blob, init: raw, resend: blob };
}

/** A form with a stream part, as multipart/form-data bytes produced while they are sent (RFC 7578). */
function streamedForm(fields: readonly BodyFieldMeta[], body: Record<string, unknown>): EncodedBody {
  const boundary = `llamacloud-${crypto.randomUUID()}`;
  const text = new TextEncoder();
  // Quotes and line breaks in a name are percent-encoded, as browsers do.
  const quoted = (name: string) => name.replace(/"/g, '%22').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const pieces: (Uint8Array | Blob | ReadableStream<Uint8Array>)[] = [];
  const files = filePartNames(fields);
  for (const [name, value] of Object.entries(body)) {
    if (value === undefined || value === null) continue;
    const disposition = `--${boundary}\r\nContent-Disposition: form-data; name="${quoted(name)}"`;
    if (files.has(name)) {
      const filename = value instanceof File ? value.name : 'blob';
      const type = (value instanceof Blob && value.type) || 'application/octet-stream';
      pieces.push(text.encode(`${disposition}; filename="${quoted(filename)}"\r\nContent-Type: ${type}\r\n\r\n`));
      pieces.push(
        isStream(value) || value instanceof Blob ? value : new Blob([value as BlobPart]),
        text.encode('\r\n'),
      );
    } else {
      pieces.push(text.encode(`${disposition}\r\n\r\n${fieldText(value)}\r\n`));
    }
  }
  pieces.push(text.encode(`--${boundary}--\r\n`));
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  const stream = new ReadableStream<Uint8Array>({
    // One chunk per pull: the socket's pace sets the reading's (no piece is read ahead).
    async pull(controller) {
      for (;;) {
        const piece = pieces[0];
        if (piece === undefined) return controller.close();
        if (piece instanceof Uint8Array) {
          pieces.shift();
          return controller.enqueue(piece);
        }
        reader ??= (piece instanceof Blob ? piece.stream() : piece).getReader();
        const { done, value } = await reader.read();
        if (!done) return controller.enqueue(value);
        reader = undefined;
        pieces.shift();
      }
    },
    cancel: (reason) => reader?.cancel(reason),
  });
  const headers = { 'content-type': `multipart/form-data; boundary=${boundary}` };
  const init = { headers, bodySerializer: (form: unknown) => form, duplex: 'half', redirect: 'error' } as const;
  return { body: stream, init, once: true };
}
