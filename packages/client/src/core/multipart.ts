/**
 * Multipart form bodies (file uploads): what a file part may be, and the FormData the platform's
 * fetch encodes. A Blob — a File, or in Node `fs.openAsBlob(path)` — is read by fetch as the body is
 * sent, not up front, and can be sent again on a retry. (Node's fetch, undici, buffers what the
 * socket has not taken yet, so a fast reader of a slow socket still grows; see test/uploads.test.ts.)
 */
import type { BodyFieldMeta } from '@llamacloud-batch/types';
import { InvalidParameterError } from '../errors.js';

/** What a file part takes: a Blob (File, `fs.openAsBlob`) or bytes already in memory. */
export type Uploadable = Blob | Uint8Array | ArrayBuffer;

/** What a file part is told to be, in words, for errors. */
export const UPLOADABLE = 'a Blob or File (in Node: await fs.openAsBlob(path)), a Uint8Array or an ArrayBuffer';

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
