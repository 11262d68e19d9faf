/**
 * The diff engine: Redocly CLI's `diff` command (pinned with the repo, no extra binary), run as a
 * child process with `--format json`. Everything downstream reads only the types below.
 */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Where in a document a change sits; `value` is the node there, when the engine includes it. */
export interface EngineLocation {
  readonly pointer: string;
  readonly value?: unknown;
}

/** One rule that fired on a change, with the semver impact it assigns. */
export interface EngineVerdict {
  readonly ruleId: string;
  readonly impact: EngineImpact;
  readonly message: string;
}

export type EngineImpact = 'major' | 'minor' | 'patch';

/** One change, addressed by a logical path through the revision (refs followed). */
export interface EngineChange {
  readonly path: string;
  readonly typeName: string;
  readonly kind: 'added' | 'removed' | 'modified';
  readonly impact: EngineImpact;
  readonly verdicts: readonly EngineVerdict[];
  readonly property?: string;
  readonly base?: EngineLocation;
  readonly revision?: EngineLocation;
}

export interface EngineReport {
  readonly reportVersion: string;
  readonly changes: readonly EngineChange[];
}

function redoclyEntry(): string {
  const require = createRequire(import.meta.url);
  const manifestPath = require.resolve('@redocly/cli/package.json');
  const manifest = require(manifestPath) as { bin: Record<string, string> };
  const bin = manifest.bin.redocly ?? Object.values(manifest.bin)[0];
  if (!bin) throw new Error('@redocly/cli has no bin entry');
  return join(dirname(manifestPath), bin);
}

/** Compares two spec files and returns the engine's report (never throws on "breaking"). */
export async function runEngine(basePath: string, revisionPath: string): Promise<EngineReport> {
  const args = [redoclyEntry(), 'diff', basePath, revisionPath, '--format', 'json', '--fail-on', 'none'];
  const { stdout } = await run(process.execPath, args, {
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  const report = JSON.parse(stdout) as EngineReport;
  if (report.reportVersion !== '1') {
    throw new Error(`redocly diff report version ${report.reportVersion} is not the one this wrapper reads (1)`);
  }
  return report;
}
