/**
 * What a file part (or a body of raw bytes) may be, apart from the code that encodes it
 * (core/multipart.ts, which loads only for an upload): the package's index re-exports these.
 */

/** What a file part takes: a Blob (File, `fs.openAsBlob`) or bytes already in memory. */
export type Uploadable = Blob | Uint8Array | ArrayBuffer;

/** What a file part is told to be, in words, for errors. */
export const UPLOADABLE = 'a Blob or File (in Node: await fs.openAsBlob(path)), a Uint8Array or an ArrayBuffer';
