/**
 * The package's CommonJS entry (`require`: dist/cjs/index.cjs and wait.cjs, from scripts/bundle.mjs)
 * is the same client as its ES module entry: the same exports, its own error classes shared between
 * its two files (so `instanceof` holds), its lazy parts (body validators, wait) loading on demand,
 * and types a CommonJS TypeScript project can use. The round trip against Prism through it is in
 * portability.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from '@llamacloud-batch/testing';
import { describe, expect, test } from 'vitest';

const clientDir = resolve(import.meta.dirname, '..');
// The package's own name from inside it: Node resolves it through package.json "exports".
const requireHere = createRequire(import.meta.url);

type ClientModule = typeof import('@llamacloud-batch/client');
type WaitModule = typeof import('@llamacloud-batch/client/wait');
const cjs = requireHere('@llamacloud-batch/client') as ClientModule;
const cjsWait = requireHere('@llamacloud-batch/client/wait') as WaitModule;

const exportNames = (module: object) =>
  Object.keys(module)
    .filter((name) => name !== '__esModule' && name !== 'default')
    .sort();

describe('require()', () => {
  test('loads the CommonJS files', () => {
    expect(requireHere.resolve('@llamacloud-batch/client')).toBe(resolve(clientDir, 'dist/cjs/index.cjs'));
    expect(requireHere.resolve('@llamacloud-batch/client/wait')).toBe(resolve(clientDir, 'dist/cjs/wait.cjs'));
  });

  test('gives the same exports as import', async () => {
    const esm = await import(pathToFileURL(resolve(clientDir, 'dist/bundle/index.js')).href);
    const esmWait = await import(pathToFileURL(resolve(clientDir, 'dist/bundle/wait.js')).href);
    expect(exportNames(cjs)).toEqual(exportNames(esm));
    expect(exportNames(cjsWait)).toEqual(exportNames(esmWait));
    expect(exportNames(cjs).length).toBeGreaterThan(30);
  });

  test('a body the spec refuses: InvalidParameterError from the validators side file, nothing sent', async () => {
    const sent: string[] = [];
    const client = cjs.createLlamaCloudClient({
      apiKey: 'k',
      baseUrl: 'http://127.0.0.1:9',
      logLevel: 'off',
      fetch: (request) => {
        sent.push(String(request));
        throw new Error('nothing should be sent');
      },
    });
    const error = await client.beta.batch.create({ job_config: 5 } as never).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(cjs.InvalidParameterError);
    expect(error).toBeInstanceOf(cjs.LlamaCloudError);
    expect((error as Error).message).toBe('Invalid body: job_config must be object (got 5)');
    expect(sent).toEqual([]);
  });

  test("wait's WaitTimeoutError is wait.cjs's class, a LlamaCloudError of index.cjs", async () => {
    const client = cjs.createLlamaCloudClient({
      apiKey: 'k',
      baseUrl: 'http://127.0.0.1:9',
      logLevel: 'off',
      // Never answers until aborted: the wait's own deadline ends it.
      fetch: (_request, init) =>
        new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason))),
    });
    const error = await client.beta.batch.wait('bjb-1', { timeout: 50 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(cjsWait.WaitTimeoutError);
    expect(error).toBeInstanceOf(cjs.LlamaCloudError);
    expect((error as InstanceType<WaitModule['WaitTimeoutError']>).timeoutMs).toBe(50);
  });
});

test('a CommonJS TypeScript project type-checks against the require types (module nodenext)', () => {
  const tsc = resolve(repoRoot, 'node_modules/typescript/bin/tsc');
  const run = spawnSync(process.execPath, [tsc, '-p', resolve(clientDir, 'test/fixtures/cjs-consumer')], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  expect(run.stdout + run.stderr).toBe('');
  expect(run.status).toBe(0);
});
