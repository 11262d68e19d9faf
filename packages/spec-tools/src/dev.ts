/** One `pnpm dev` cycle: regenerate from the spec, then type-check every package against the new types. */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseSpec, SpecError } from '../../types/scripts/read-spec.mjs';
import { typesGenerator, workspaceGenerators } from './generators.js';
import { createTypeChecker, formatDiagnostic, workspaceProgram } from './typecheck.js';
import { warmGenerators } from './warm-generators.js';

export interface DevOptions {
  readonly root: string;
  /** The spec to generate from (default spec/openapi.yaml). */
  readonly specPath?: string;
  /**
   * A copy of packages/types (copyTypesPackage) to generate into and check instead of the real one;
   * then only the types generator runs. Default: every package's generator runs, as `pnpm generate`.
   */
  readonly typesDir?: string;
  /** Packages to type-check (default types, client, cli). */
  readonly packages?: readonly string[];
  /** Extra files to type-check alongside them. */
  readonly extraFiles?: readonly string[];
}

export type CycleResult =
  | { readonly stage: 'generate'; readonly ms: number; readonly error: string }
  | { readonly stage: 'typecheck'; readonly ms: number; readonly files: number; readonly errors: readonly string[] };

export interface DevLoop {
  /** Regenerates (unless the spec is as the last cycle left it) and type-checks. */
  (): Promise<CycleResult>;
  /**
   * Re-checks once with the generated files freshly parsed, so the checker knows their shapes: after
   * that, a save that changes only their comments (a description edit) re-checks nothing else.
   */
  prime(): void;
  /** Stops the warm generator processes. */
  close(): void;
}

// Written only by the generators, so these are the files a save changes.
const isGenerated = (fileName: string) => fileName.includes('/src/generated/');

/** A warm loop: the first cycle parses everything, later ones only what the spec edit touched. */
export function createDevLoop(options: DevOptions): DevLoop {
  const { root } = options;
  const specPath = options.specPath ?? join(root, 'spec/openapi.yaml');
  const label = specLabelOf(root, specPath);
  const generators = warmGenerators(
    options.typesDir ? [typesGenerator(root, options.typesDir)] : workspaceGenerators(root),
  );
  const { rootNames, compilerOptions } = workspaceProgram({
    root,
    packages: options.packages ?? ['types', 'client', 'cli'],
    ...(options.typesDir ? { typesDir: options.typesDir } : {}),
    ...(options.extraFiles ? { extraFiles: options.extraFiles } : {}),
  });
  const check = createTypeChecker(rootNames, compilerOptions);
  let generatedFrom: string | undefined;
  const cycle = async (): Promise<CycleResult> => {
    const started = performance.now();
    const failed = (error: string): CycleResult => ({ stage: 'generate', ms: performance.now() - started, error });
    let text: string;
    try {
      text = readFileSync(specPath, 'utf8');
      // Read here first: a spec that does not parse is one line at once, without starting the generators.
      parseSpec(text, label);
    } catch (error) {
      generatedFrom = undefined;
      if (error instanceof SpecError) return failed(error.message);
      return failed(`${label}: cannot read it (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    }
    if (text !== generatedFrom) {
      const error = await generators.run(specPath);
      if (error !== undefined) return failed(error);
      generatedFrom = text;
    }
    const { files, diagnostics } = check();
    const errors = diagnostics.map((diagnostic) => formatDiagnostic(diagnostic, root));
    return { stage: 'typecheck', ms: performance.now() - started, files, errors };
  };
  return Object.assign(cycle, {
    prime: () => void check.reparse(isGenerated),
    close: () => generators.close(),
  });
}

/** The one line a cycle prints, then one line per type error (at most `limit`). */
export function formatCycle(result: CycleResult, specLabel: string, limit = 20): string {
  const seconds = `${(result.ms / 1000).toFixed(1)} s`;
  const clock = new Date().toTimeString().slice(0, 8);
  if (result.stage === 'generate') return `${clock} ✗ ${specLabel}: generate failed in ${seconds}: ${result.error}`;
  if (result.errors.length === 0) {
    return `${clock} ✓ ${specLabel}: generated and type-checked ${result.files} files, 0 errors in ${seconds}`;
  }
  const shown = result.errors.slice(0, limit).map((line) => `  ${line}`);
  const more = result.errors.length > limit ? [`  … and ${result.errors.length - limit} more`] : [];
  const count = `${result.errors.length} type error${result.errors.length === 1 ? '' : 's'}`;
  return [`${clock} ✗ ${specLabel}: ${count} in ${seconds}`, ...shown, ...more].join('\n');
}

export const specLabelOf = (root: string, specPath: string) => relative(root, specPath) || specPath;
