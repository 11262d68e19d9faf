/**
 * The spec is the only place a parameter is declared. This copies the repository, adds a query
 * parameter (`include_total`, boolean) and an enum value (`split` in BatchJobType) to the copy's
 * spec, regenerates and rebuilds there with no other edit, and checks that the client's types,
 * the client's validation, the CLI's flags and help, and the requests themselves all follow.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { type FaultServer, jobsHandler, repoRoot, startFaultServer } from '@llamacloud-batch/testing';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const run = promisify(execFile);
const SKIP = new Set(['.git', 'node_modules', 'dist', '.turbo', 'test-results', 'docs']);
const tsc = join(repoRoot, 'node_modules/typescript/bin/tsc');

const KEY = 'spec-driven-secret-key';

let copy: string;
let server: FaultServer;

async function cli(args: string[]) {
  return run(process.execPath, [join(copy, 'packages/cli/bin/llamacloud-prod.cjs'), ...args], {
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' },
  }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
}

beforeAll(async () => {
  copy = mkdtempSync(join(tmpdir(), 'llamacloud-spec-driven-'));
  // Copy sources (keeping pnpm's relative symlinks) and share the installed dependencies.
  cpSync(repoRoot, copy, {
    recursive: true,
    verbatimSymlinks: true,
    filter: (source) => !SKIP.has(relative(repoRoot, source)) && !/(^|\/)(dist|\.turbo)$/.test(source),
  });
  symlinkSync(join(repoRoot, 'node_modules'), join(copy, 'node_modules'));

  const specPath = join(copy, 'spec/openapi.yaml');
  const spec = readFileSync(specPath, 'utf8');
  const withParameter = spec.replace(
    '      responses:\n',
    [
      '        - name: include_total',
      '          in: query',
      '          required: false',
      '          description: Also compute total_size',
      '          schema:',
      '            type: boolean',
      '            default: false',
      '      responses:',
      '',
    ].join('\n'),
  );
  const withEnumValue = withParameter.replace('        - classify\n', '        - classify\n        - split\n');
  expect(withEnumValue).not.toBe(withParameter);
  writeFileSync(specPath, withEnumValue);

  // Each package's own generate and build scripts, in dependency order, as `pnpm build` runs them.
  for (const pkg of ['types', 'client', 'cli']) {
    const cwd = join(copy, 'packages', pkg);
    await run('npm', ['run', '--silent', '--if-present', 'generate'], { cwd });
    await run('npm', ['run', '--silent', 'build'], { cwd });
  }
  server = await startFaultServer(jobsHandler({ total: 3 }));
}, 120_000);

afterAll(async () => {
  await server?.close();
  if (copy) rmSync(copy, { recursive: true, force: true });
});

describe('after adding include_total and split to the spec, with no other edit', () => {
  test('the client types accept them and still reject wrong values', async () => {
    const snippet = join(copy, 'packages/client/src/spec-driven-snippet.ts');
    writeFileSync(
      snippet,
      [
        "import { createLlamaCloudClient, type BatchJobType } from './index.js';",
        "const client = createLlamaCloudClient({ apiKey: 'k' });",
        "export const ok = client.beta.batch.list({ include_total: true, job_type: 'split' });",
        "export const split: BatchJobType = 'split';",
        '// @ts-expect-error include_total is a boolean',
        "export const bad = client.beta.batch.list({ include_total: 'yes' });",
        '// @ts-expect-error still not a job type',
        "export const bogus: BatchJobType = 'bogus';",
        '',
      ].join('\n'),
    );
    writeFileSync(
      join(copy, 'packages/client/tsconfig.snippet.json'),
      JSON.stringify({ extends: '../../tsconfig.base.json', compilerOptions: { noEmit: true }, files: [snippet] }),
    );
    const check = await run(process.execPath, [tsc, '-p', 'tsconfig.snippet.json'], {
      cwd: join(copy, 'packages/client'),
    }).then(
      () => '',
      (error: { stdout: string }) => error.stdout,
    );
    expect(check).toBe('');
  });

  test('the client validates the new parameter and sends it', async () => {
    const { createLlamaCloudClient, InvalidParameterError } = await import(
      pathToFileURL(join(copy, 'packages/client/dist/index.js')).href
    );
    const client = createLlamaCloudClient({ apiKey: KEY, baseUrl: server.url, maxRetries: 0 });
    const before = server.requests.length;
    await expect(client.beta.batch.list({ include_total: 'yes' })).rejects.toBeInstanceOf(InvalidParameterError);
    await expect(client.beta.batch.list({ job_type: 'bogus' })).rejects.toThrow(/one of parse, extract, classify, split/);
    expect(server.requests.length).toBe(before);

    await client.beta.batch.list({ include_total: true, job_type: 'split' });
    const sent = server.requests.at(-1)?.url.searchParams;
    expect(sent?.get('include_total')).toBe('true');
    expect(sent?.get('job_type')).toBe('split');
  });

  test('the CLI has the switch and the choice, with the spec description in --help', async () => {
    const help = await cli(['beta:batch', 'list', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/--include-total\s+Also compute total_size/);
    expect(help.stdout).toMatch(/"classify", "split"/);
  });

  test('the CLI sends the new flag and value', async () => {
    const result = await cli([
      'beta:batch',
      'list',
      '--include-total',
      '--job-type',
      'split',
      '--api-key',
      KEY,
      '--base-url',
      server.url,
    ]);
    expect(result.code).toBe(0);
    const sent = server.requests.at(-1)?.url.searchParams;
    expect(sent?.get('include_total')).toBe('true');
    expect(sent?.get('job_type')).toBe('split');
    expect(JSON.parse(result.stdout).items).toHaveLength(3);
  });

  test('the docs page built from the copy documents the new parameter and value', async () => {
    // The root `docs` script, run in the copy (its Chromium rendering is tested in packages/testing).
    const { scripts } = JSON.parse(readFileSync(join(copy, 'package.json'), 'utf8'));
    await run('sh', ['-c', scripts.docs], {
      cwd: copy,
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', PATH: `${join(copy, 'node_modules/.bin')}:${process.env.PATH}` },
    });
    const html = readFileSync(join(copy, 'docs/index.html'), 'utf8');
    expect(html).toContain('include_total');
    expect(html).toContain('Also compute total_size');
    expect(html).toMatch(/"split"/);
  });

  test('bad values are usage errors that send nothing', async () => {
    const before = server.requests.length;
    const result = await cli(['beta:batch', 'list', '--job-type', 'merge', '--api-key', KEY, '--base-url', server.url]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--job-type.*'merge'.*split/);
    expect(server.requests.length).toBe(before);
    expect(result.stderr).not.toContain(KEY);
  });
});
