/**
 * The bin keeps V8's compiled code between starts: on Node without module.enableCompileCache (20),
 * the shared loader (dist/bundle/load-bundle.cjs, from @llamacloud-batch/build-tools) keeps it per
 * user; on Node ≥ 22.1 it turns Node's own compile cache on.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import Module from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { BIN, startMcp, textOf } from './helpers/mcp.js';

const cacheHome = mkdtempSync(join(tmpdir(), 'llamacloud-mcp-cache-'));
afterAll(() => rmSync(cacheHome, { recursive: true, force: true }));

test("keeps the code cache between starts: Node's own where it has one, else a file written a second in", async () => {
  if ('enableCompileCache' in Module) {
    const cache = join(cacheHome, 'node-compile-cache');
    // Stdin closed at once: the server starts, sees the end of its input and exits normally.
    const run = spawnSync(process.execPath, [BIN], {
      input: '',
      env: { PATH: process.env.PATH ?? '', NODE_COMPILE_CACHE: cache },
      timeout: 30_000,
    });
    expect(run.status).toBe(0);
    expect(readdirSync(cache, { recursive: true }).length).toBeGreaterThan(0);
    return;
  }
  // The first session loads a lazy side file (the body validators) before the cache is written, so
  // that code is in the cache: Node 20 once lost import() in code that came from it.
  const options = { args: ['--allow-writes'], env: { XDG_CACHE_HOME: cacheHome } };
  const first = await startMcp(options);
  expect(textOf(await first.call('batches_create', { source_directory_id: 'dir-1' }))).toBe(
    'Invalid body: config is required',
  );
  await new Promise((resolve) => setTimeout(resolve, 1500));
  await first.close();
  const dir = join(cacheHome, 'llamacloud-mcp');
  const files = readdirSync(dir);
  expect(files).toEqual([
    expect.stringMatching(new RegExp(`-dist-bundle-main\\.cjs--${process.version}-${process.arch}-\\d+-\\d+\\.v8$`)),
  ]);
  expect(statSync(dir).mode & 0o777).toBe(0o700);
  expect(statSync(join(dir, files[0] ?? '')).mode & 0o777).toBe(0o600);

  const second = await startMcp(options);
  try {
    expect((await second.client.listTools()).tools.length).toBeGreaterThan(0);
    expect(textOf(await second.call('batches_create', { source_directory_id: 'dir-1' }))).toBe(
      'Invalid body: config is required',
    );
    expect(second.stderr()).toBe(
      '[llamacloud-mcp warn] LLAMA_CLOUD_API_KEY is not set: tools are listed, but every call will fail until it is\n',
    );
  } finally {
    await second.close();
  }
});
