/**
 * What a file part (or a body of raw bytes) may be, apart from the code that encodes it
 * (core/multipart.ts, which loads only for an upload): the package's index re-exports these.
 */

/**
 * What a file part takes: a Blob (File, `fs.openAsBlob`), bytes already in memory, or a stream of
 * bytes (read as it is sent; a stream can be read once, so a request carrying one is never retried).
 */
export type Uploadable = Blob | Uint8Array | ArrayBuffer | ReadableStream<Uint8Array>;

/** What a file part is told to be, in words, for errors. */
export const UPLOADABLE =
  'a Blob or File (in Node: await fs.openAsBlob(path)), a Uint8Array, an ArrayBuffer or a ReadableStream of bytes';
