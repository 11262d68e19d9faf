/** One `pnpm dev` cycle: regenerate from the spec, then type-check every package against the new types. */
import { join, relative } from 'node:path';
import { regenerate, typesGenerator, workspaceGenerators } from './generators.js';
import { createTypeChecker, formatDiagnostic, workspaceProgram } from './typecheck.js';

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

/** A warm loop: the first cycle parses everything, later ones only what the spec edit touched. */
export function createDevLoop(options: DevOptions) {
  const { root } = options;
  const specPath = options.specPath ?? join(root, 'spec/openapi.yaml');
  const generators = options.typesDir ? [typesGenerator(root, options.typesDir)] : workspaceGenerators(root);
  const { rootNames, compilerOptions } = workspaceProgram({
    root,
    packages: options.packages ?? ['types', 'client', 'cli'],
    ...(options.typesDir ? { typesDir: options.typesDir } : {}),
    ...(options.extraFiles ? { extraFiles: options.extraFiles } : {}),
  });
  const check = createTypeChecker(rootNames, compilerOptions);
  return async function cycle(): Promise<CycleResult> {
    const started = performance.now();
    const error = await regenerate(generators, specPath);
    if (error !== undefined) return { stage: 'generate', ms: performance.now() - started, error };
    const { files, diagnostics } = check();
    const errors = diagnostics.map((diagnostic) => formatDiagnostic(diagnostic, root));
    return { stage: 'typecheck', ms: performance.now() - started, files, errors };
  };
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
