import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, test } from 'vitest';

const run = promisify(execFile);
const packageDir = resolve(import.meta.dirname, '..');
const spec = resolve(packageDir, '../../spec/openapi.yaml');
const generated = ['openapi.ts', 'operations.ts', 'rows.ts', 'schemas.ts'];
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

  // A spec saved mid-edit: one line naming file, line and column, exit 1, no stack trace.
  test.each([
    [
      'a duplicate key',
      (text: string) =>
        text.replace('          description: Unique identifier for the batch job\n', (line) => line + line),
      /^generate: .*broken\.yaml:\d+:\d+: invalid YAML: Map keys must be unique\n$/,
    ],
    [
      'a YAML syntax error',
      (text: string) => text.replace('      x-speakeasy-name-override: getStatus\n', '$&     bad: [\n'),
      /^generate: .*broken\.yaml:\d+:\d+: invalid YAML: .+\n$/,
    ],
  ])('a spec with %s fails with one line naming the file and line', async (_name, edit, line) => {
    const broken = join(work, 'broken.yaml');
    const text = readFileSync(spec, 'utf8');
    expect(edit(text)).not.toBe(text);
    writeFileSync(broken, edit(text));
    const failure = await check(broken).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toMatch(line);
    expect(failure?.stderr).not.toMatch(/^\s+at /m);
  });
});
