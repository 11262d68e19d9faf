#!/usr/bin/env node
// `pnpm lint:spec`: spec/openapi.yaml against this project's house rules (spec/redocly.yaml:
// recommended-strict plus our Speakeasy conventions); a spec given by $LLAMACLOUD_SPEC — a document
// we do not own — against Redocly's `minimal` ruleset, so a structurally broken one fails with
// Redocly's own message while another house's style does not.
import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const redocly = resolve(root, 'node_modules/.bin/redocly');
const args = process.env.LLAMACLOUD_SPEC
  ? ['lint', resolve(process.env.LLAMACLOUD_SPEC), '--extends', 'minimal', '--format', 'stylish']
  : ['lint', 'spec/openapi.yaml', '--config', 'spec/redocly.yaml'];
const result = spawnSync(redocly, args, {
  stdio: 'inherit',
  cwd: root,
  env: { ...process.env, REDOCLY_TELEMETRY: 'off' },
});
if (result.error) throw result.error;
process.exit(result.status ?? 1);
