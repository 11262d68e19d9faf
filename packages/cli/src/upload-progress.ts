/**
 * Progress of a large upload on a terminal: a File whose `stream()` counts what fetch reads from it
 * (Node's fetch reads a form's files through `stream()`), drawn on one stderr line, at most ten
 * times a second, and erased when the file has been read. Each attempt reads the file again, and
 * the count starts over with it.
 */
import type { Io } from './io.js';

/** Files at least this big show progress (smaller ones are sent before a line would be worth drawing). */
export const PROGRESS_MIN_BYTES = 8 * 1024 * 1024;

const MB = 1024 * 1024;

/** The progress line for `sent` of `total` bytes, `seconds` after the start. */
export function progressLine(name: string, sent: number, total: number, seconds: number): string {
  const percent = total === 0 ? 100 : Math.floor((sent / total) * 100);
  const rate = seconds > 0 ? ` ${(sent / MB / seconds).toFixed(1)} MB/s` : '';
  return `uploading ${name} ${percent}% ${(sent / MB).toFixed(1)}/${(total / MB).toFixed(1)} MB${rate}`;
}

/** `file` as a File that draws its upload's progress on `io.stderr`. */
export function withProgress(file: File, io: Io): File {
  const stderr = io.stderr;
  class ProgressFile extends File {
    override stream(): ReturnType<File['stream']> {
      const started = performance.now();
      let sent = 0;
      let drawn = 0;
      const draw = (final: boolean) => {
        const now = performance.now();
        if (!final && now - drawn < 100) return;
        drawn = now;
        stderr.write(`\r\u001b[K${final ? '' : progressLine(this.name, sent, this.size, (now - started) / 1000)}`);
      };
      return super.stream().pipeThrough(
        new TransformStream<Uint8Array, Uint8Array>({
          transform(chunk, controller) {
            sent += chunk.byteLength;
            draw(false);
            controller.enqueue(chunk);
          },
          flush: () => draw(true),
        }),
      ) as ReturnType<File['stream']>;
    }
  }
  return new ProgressFile([file], file.name, { type: file.type });
}
