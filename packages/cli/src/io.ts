/** What a run of the CLI reads and writes: the process's streams and environment, or a test's. */
export interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  /** Read for `--body -` and for confirmations; absent means nothing to read (as a closed stdin). */
  stdin?: (NodeJS.ReadableStream & { isTTY?: boolean }) | undefined;
  env: Record<string, string | undefined>;
  /** Aborted on Ctrl-C or a closed stdout. */
  signal: AbortSignal;
}
