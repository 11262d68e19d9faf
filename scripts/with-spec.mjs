#!/usr/bin/env node
// Runs a turbo command (`pnpm build`, `pnpm generate`) on the spec named by $LLAMACLOUD_SPEC when set,
// else on spec/openapi.yaml. Turbo keys its cache on environment values, not on files outside the
// workspace: so the file's path becomes absolute and its sha256 goes into $LLAMACLOUD_SPEC_SHA256,
// which the generate tasks declare (turbo.json) — another file, or the same file edited, misses the cache.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error('usage: with-spec.mjs <command> [args…]');
  process.exit(2);
}
const env = { ...process.env };
if (env.LLAMACLOUD_SPEC) {
  const file = resolve(env.LLAMACLOUD_SPEC);
  if (!statSync(file, { throwIfNoEntry: false })?.isFile()) {
    console.error(`LLAMACLOUD_SPEC=${env.LLAMACLOUD_SPEC}: no such file`);
    process.exit(2);
  }
  env.LLAMACLOUD_SPEC = file;
  env.LLAMACLOUD_SPEC_SHA256 = createHash('sha256').update(readFileSync(file)).digest('hex');
  console.error(`spec: ${file} (sha256 ${env.LLAMACLOUD_SPEC_SHA256.slice(0, 12)}…)`);
}
const result = spawnSync(command, args, { stdio: 'inherit', env });
if (result.error) throw result.error;
process.exit(result.status ?? 1);
