/** Runs the workspace's code generators (each package's `generate` script) against a given spec. */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface Generator {
  /** Package folder the script runs in. */
  readonly cwd: string;
  /** The script file, relative to `cwd`. */
  readonly script: string;
  readonly env?: Readonly<Record<string, string>>;
}

/**
 * Every package whose `generate` script is `node <file>`, run directly with node: going through
 * pnpm would add a second or more to each save.
 */
export function workspaceGenerators(root: string): Generator[] {
  const packagesDir = join(root, 'packages');
  return readdirSync(packagesDir).flatMap((name) => {
    const manifestPath = join(packagesDir, name, 'package.json');
    if (!existsSync(manifestPath)) return [];
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { scripts?: Record<string, string> };
    const script = /^node (\S+)$/.exec(manifest.scripts?.generate ?? '')?.[1];
    return script ? [{ cwd: join(packagesDir, name), script }] : [];
  });
}

/** Only the types generator, writing into a copy of the types package (see copyTypesPackage). */
export function typesGenerator(root: string, typesDir: string): Generator {
  const outDir = join(typesDir, 'src/generated');
  return {
    cwd: join(root, 'packages/types'),
    script: 'scripts/generate.mjs',
    env: { LLAMACLOUD_GENERATED_DIR: outDir },
  };
}

/** The line of a failed generator's stderr that says what went wrong. */
export function firstErrorLine(error: unknown): string {
  const stderr = (error as { stderr?: string }).stderr || String(error);
  const lines = stderr.split('\n').map((line) => line.trim());
  return lines.find((line) => /^[\w.]*Error\b/.test(line)) ?? lines.find((line) => line !== '') ?? 'generate failed';
}

/** Runs the generators side by side; resolves to the first failure's error line, or undefined. */
export async function regenerate(generators: readonly Generator[], specPath: string): Promise<string | undefined> {
  const results = await Promise.allSettled(
    generators.map((generator) =>
      run(process.execPath, [generator.script], {
        cwd: generator.cwd,
        env: { ...process.env, ...generator.env, LLAMACLOUD_SPEC: specPath },
      }),
    ),
  );
  const failure = results.find((result) => result.status === 'rejected');
  return failure ? firstErrorLine(failure.reason) : undefined;
}

/**
 * Copies packages/types (src and its type tests) to `dir`, sharing its node_modules, so tests and
 * benches regenerate into it and type-check it without touching the working tree. Returns `dir`.
 */
export function copyTypesPackage(root: string, dir: string): string {
  const from = join(root, 'packages/types');
  for (const folder of ['src', 'test']) cpSync(join(from, folder), join(dir, folder), { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
  symlinkSync(join(from, 'node_modules'), join(dir, 'node_modules'), 'junction');
  return dir;
}
