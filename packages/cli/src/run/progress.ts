/**
 * What `batches run` shows while it works, on stderr: on a terminal one line redrawn in place (files
 * and bytes uploaded, rate, then the batch's state); on a pipe one JSON line per stage; nothing with
 * --quiet. The summary itself goes to stdout (summary.ts).
 */
export type ProgressMode = 'terminal' | 'lines' | 'quiet';

export interface Stage {
  stage: 'plan' | 'directory' | 'upload' | 'batch' | 'wait';
  [field: string]: unknown;
}

export interface Progress {
  /** A stage is done: its JSON line on a pipe, its own line on a terminal. */
  stage(stage: Stage, text: string): void;
  /** Uploading: called per file that arrived, `elapsedMs` since the first upload started; redraws the terminal's line (throttled). */
  uploaded(files: number, totalFiles: number, bytes: number, totalBytes: number, elapsedMs: number): void;
  /** The batch's state at each poll. */
  polled(status: string): void;
  /** Ends a line being redrawn, before anything else is written to the terminal. */
  clear(): void;
}

/** Redraws at most this often (ms): 1,000 small files must not mean 1,000 writes to the terminal. */
const REDRAW_MS = 100;

export function createProgress(mode: ProgressMode, stream: NodeJS.WritableStream, now = Date.now): Progress {
  let drawn = 0;
  let open = false;
  const draw = (text: string) => {
    stream.write(`\r\u001b[K${text}`);
    open = true;
  };
  const clear = () => {
    if (open) stream.write('\r\u001b[K');
    open = false;
  };
  return {
    stage(stage, text) {
      if (mode === 'lines') stream.write(`${JSON.stringify(stage)}\n`);
      if (mode !== 'terminal') return;
      clear();
      stream.write(`${text}\n`);
    },
    uploaded(files, totalFiles, bytes, totalBytes, elapsedMs) {
      if (mode !== 'terminal') return;
      const at = now();
      if (files < totalFiles && at - drawn < REDRAW_MS) return;
      drawn = at;
      const seconds = Math.max(elapsedMs / 1000, 0.001);
      draw(
        `Uploading: ${files}/${totalFiles} files, ${formatBytes(bytes)}/${formatBytes(totalBytes)}, ${formatBytes(bytes / seconds)}/s`,
      );
    },
    polled(status) {
      if (mode === 'terminal') draw(`Batch: ${status}`);
    },
    clear,
  };
}

/** `1.5 MB`, `200 kB`, `12 B` (decimal units, as disks and networks count). */
export function formatBytes(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${unit === 0 ? Math.round(value) : value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}
