/** Writes to a stream respecting backpressure, so a slow reader (a pipe to jq) paces the pages. */
import { once } from 'node:events';

export async function write(stream: NodeJS.WritableStream, text: string | Uint8Array): Promise<void> {
  if (text.length === 0) return;
  if (!stream.write(text)) await once(stream, 'drain');
}
