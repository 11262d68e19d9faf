/** On Node without module.enableCompileCache (20), bin/load-bundle.cjs keeps V8's code cache per user. */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import Module from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { startMcp } from './helpers/mcp.js';

const cacheHome = mkdtempSync(join(tmpdir(), 'llamacloud-mcp-cache-'));
afterAll(() => rmSync(cacheHome, { recursive: true, force: true }));

test.skipIf('enableCompileCache' in Module)(
  'writes the code cache a second in, and starts from it next time',
  async () => {
    const first = await startMcp({ env: { XDG_CACHE_HOME: cacheHome } });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await first.close();
    const dir = join(cacheHome, 'llamacloud-mcp');
    const files = readdirSync(dir);
    expect(files).toEqual([
      expect.stringMatching(new RegExp(`-dist-bundle-main\\.cjs--${process.version}-${process.arch}-\\d+-\\d+\\.v8$`)),
    ]);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(statSync(join(dir, files[0] ?? '')).mode & 0o777).toBe(0o600);

    const second = await startMcp({ env: { XDG_CACHE_HOME: cacheHome } });
    try {
      expect((await second.client.listTools()).tools.length).toBeGreaterThan(0);
      expect(second.stderr()).toBe(
        '[llamacloud-mcp warn] LLAMA_CLOUD_API_KEY is not set: tools are listed, but every call will fail until it is\n',
      );
    } finally {
      await second.close();
    }
  },
);
