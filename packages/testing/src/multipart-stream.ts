/**
 * A streaming multipart/form-data reader for test servers: file parts are hashed and counted as they
 * arrive, never held, so a 200 MB upload costs the server no more memory than a small one.
 */
import { createHash } from 'node:crypto';

/** One part of a form: a text field's value, or a file part's size and SHA-256 (hex). */
export interface StreamedPart {
  name: string;
  filename?: string;
  /** The value of a part without a filename (a text field). */
  text?: string;
  bytes: number;
  sha256: string;
}

/** The boundary of a `multipart/form-data; boundary=…` content type, or undefined. */
export function boundaryOf(contentType: string | undefined): string | undefined {
  const match = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType ?? '');
  return match?.[1] ?? match?.[2];
}

/** Reads every part of a multipart body from `chunks`, in memory bounded by the chunk size. */
export async function readMultipart(chunks: AsyncIterable<Buffer>, boundary: string): Promise<StreamedPart[]> {
  const delimiter = Buffer.from(`\r\n--${boundary}`);
  const parts: StreamedPart[] = [];
  // The first delimiter has no CRLF before it: pretend it had.
  let buffer: Buffer = Buffer.from('\r\n');
  // An object, as the closures below change it (a `let` would be narrowed to its first value).
  const parser: { state: 'preamble' | 'headers' | 'data' | 'done' } = { state: 'preamble' };
  let current: { part: StreamedPart; hash: ReturnType<typeof createHash>; text?: Buffer[] } | undefined;

  const emit = (data: Buffer) => {
    if (!current || data.length === 0) return;
    current.hash.update(data);
    current.part.bytes += data.length;
    current.text?.push(data);
  };
  const finish = () => {
    if (!current) return;
    current.part.sha256 = current.hash.digest('hex');
    if (current.text) current.part.text = Buffer.concat(current.text).toString('utf8');
    parts.push(current.part);
    current = undefined;
  };

  const advance = (): boolean => {
    if (parser.state === 'headers') {
      const end = buffer.indexOf('\r\n\r\n');
      if (end < 0) return false;
      const headers = buffer.subarray(0, end).toString('utf8');
      buffer = buffer.subarray(end + 4);
      const disposition = /content-disposition:([^\r\n]*)/i.exec(headers)?.[1] ?? '';
      const name = /\bname="([^"]*)"/i.exec(disposition)?.[1] ?? '';
      const filename = /\bfilename="([^"]*)"/i.exec(disposition)?.[1];
      const part: StreamedPart = { name, bytes: 0, sha256: '', ...(filename !== undefined && { filename }) };
      current = { part, hash: createHash('sha256'), ...(filename === undefined && { text: [] }) };
      parser.state = 'data';
      return true;
    }
    if (parser.state === 'preamble' || parser.state === 'data') {
      const found = buffer.indexOf(delimiter);
      if (found < 0) {
        // Keep what could be the start of a delimiter split across chunks.
        const keep = Math.min(buffer.length, delimiter.length - 1);
        if (parser.state === 'data') emit(buffer.subarray(0, buffer.length - keep));
        buffer = buffer.subarray(buffer.length - keep);
        return false;
      }
      if (buffer.length < found + delimiter.length + 2) return false;
      if (parser.state === 'data') emit(buffer.subarray(0, found));
      finish();
      const after = buffer.subarray(found + delimiter.length, found + delimiter.length + 2).toString();
      buffer = buffer.subarray(found + delimiter.length + 2);
      parser.state = after === '--' ? 'done' : 'headers';
      return parser.state !== 'done';
    }
    return false;
  };

  for await (const chunk of chunks) {
    if (parser.state === 'done') continue;
    buffer = buffer.length === 0 ? chunk : Buffer.concat([buffer, chunk]);
    while (advance()) {}
  }
  if (parser.state !== 'done') throw new Error('the multipart body ended before its closing delimiter');
  return parts;
}
