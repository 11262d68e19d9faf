/**
 * The bin keeps V8's compiled code of its bundle between runs (the shared loader,
 * dist/bundle/load-bundle.cjs): on Node 20 in $XDG_CACHE_HOME/llamacloud-prod, written as the first
 * run exits; on Node ≥ 22.1 Node's own compile cache. Runs after the first must behave the same,
 * lazy dependencies included (Node 20 once lost import() in code that came from the cache).
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import Module from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { runCli, SECRET_KEY } from './helpers/cli.js';

const cacheHome = mkdtempSync(join(tmpdir(), 'llamacloud-prod-cache-'));
afterAll(() => rmSync(cacheHome, { recursive: true, force: true }));
const env = { XDG_CACHE_HOME: cacheHome, NODE_COMPILE_CACHE: join(cacheHome, 'node') };

/** A body the spec refuses: the message comes from the validators, a side file loaded on demand. */
const badBody = ['beta:batch', 'create', '--api-key', SECRET_KEY, '--body', '{"job_config": 5}'];
const refused = 'llamacloud-prod: Invalid body: job_config must be object (got 5)\n';

test('the first run writes the cache; later runs use it, lazy side files and dependencies included', async () => {
  // The first run goes as far as the validators, so that code is in the cache.
  const first = await runCli(badBody, { env });
  expect([first.code, first.stderr]).toEqual([2, refused]);
  const files = () =>
    readdirSync(cacheHome, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name));
  const written = files();
  expect(written.length).toBeGreaterThan(0);
  if (!('enableCompileCache' in Module)) {
    expect(written).toEqual([expect.stringMatching(/[\\/]llamacloud-prod[\\/].*-dist-bundle-main\.cjs--.*\.v8$/)]);
    expect(statSync(join(cacheHome, 'llamacloud-prod')).mode & 0o777).toBe(0o700);
  }

  const second = await runCli(badBody, { env });
  expect([second.code, second.stdout, second.stderr]).toEqual([2, '', refused]);
  const completion = await runCli(['completion', 'bash'], { env });
  expect([completion.code, completion.stderr]).toEqual([0, '']);
  expect(completion.stdout).toContain('llamacloud-prod');
  // Ours is one file per bundle, not written again once V8 accepted it; Node's keeps one per module,
  // so the completion library (loaded only by `completion`) adds its own.
  if ('enableCompileCache' in Module) expect(files()).toEqual(expect.arrayContaining(written));
  else expect(files()).toEqual(written);
});

test('NODE_DISABLE_COMPILE_CACHE=1 runs without one and writes nothing', async () => {
  const home = join(cacheHome, 'disabled');
  const run = await runCli(['--version'], {
    env: { XDG_CACHE_HOME: home, NODE_COMPILE_CACHE: home, NODE_DISABLE_COMPILE_CACHE: '1' },
  });
  expect([run.code, run.stderr]).toEqual([0, '']);
  expect(run.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  expect(() => readdirSync(home)).toThrow(/ENOENT/);
});
