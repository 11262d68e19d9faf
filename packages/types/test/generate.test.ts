import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, test } from 'vitest';

const run = promisify(execFile);
const packageDir = resolve(import.meta.dirname, '..');
const spec = resolve(packageDir, '../../spec/openapi.yaml');
const generated = ['openapi.ts', 'operations.ts', 'schemas.ts'];
const work = mkdtempSync(join(tmpdir(), 'llamacloud-spec-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function check(specPath: string) {
  return run(process.execPath, ['scripts/generate.mjs', '--check'], {
    cwd: packageDir,
    env: { ...process.env, LLAMACLOUD_SPEC: specPath },
  });
}

describe('generated files', () => {
  test.each(generated)('%s starts with the do-not-edit header', (file) => {
    const text = readFileSync(resolve(packageDir, 'src/generated', file), 'utf8');
    expect(text.split('\n').slice(0, 3).join('\n')).toMatch(/generated — do not edit/);
  });

  test('--check passes for the committed spec', async () => {
    const { stdout } = await check(spec);
    expect(stdout).toContain('up to date');
  });

  test('--check fails, naming the stale files, when the spec changed without regenerating', async () => {
    const edited = join(work, 'openapi.yaml');
    copyFileSync(spec, edited);
    writeFileSync(
      edited,
      readFileSync(edited, 'utf8').replace('        - classify\n', '        - classify\n        - split\n'),
    );
    const failure = await check(edited).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toMatch(/stale: .*openapi\.ts/);
    expect(failure?.stderr).toMatch(/stale: .*operations\.ts/);
    expect(failure?.stderr).toContain('pnpm generate');
  });
});
