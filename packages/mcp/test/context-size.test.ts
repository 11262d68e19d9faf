/**
 * What an agent's context pays for the tool list (issue 21's figure): tools/list bytes and an
 * estimate of tokens (bytes / 4), per mode, as a server started so answers it. Sizes are
 * deterministic, so these are ceilings kept by CI, so they can only go down. The goal for every tool
 * with writes and uploads is 16 kB: not met (see the package README's measurement); the ceilings
 * hold what compact schemas give today.
 */
import { expect, test } from 'vitest';
import { offeredTools } from '../src/server.js';

const size = (options: Parameters<typeof offeredTools>[0]) =>
  JSON.stringify({ tools: offeredTools(options).list }).length;
const report = (mode: string, bytes: number) =>
  console.log(`tools/list, ${mode}: ${(bytes / 1024).toFixed(1)} kB ≈ ${Math.round(bytes / 4)} tokens`);

test('tools/list per mode stays under its ceiling', () => {
  const readOnly = size({});
  const writes = size({ allowWrites: true });
  const all = size({ allowWrites: true, allowFiles: '.' });
  const dynamic = size({ tools: 'dynamic', allowWrites: true, allowFiles: '.' });
  const group = size({ allowWrites: true, allowFiles: '.', group: 'beta.directories' });
  report('static, read-only', readOnly);
  report('static, --allow-writes', writes);
  report('static, --allow-writes --allow-files', all);
  report('static, --allow-writes --allow-files --group beta.directories', group);
  report('--tools dynamic', dynamic);
  expect(readOnly).toBeLessThan(11 * 1024);
  expect(all).toBeLessThan(23.5 * 1024);
  expect(group).toBeLessThan(12 * 1024);
  expect(dynamic).toBeLessThan(3 * 1024);
  expect(dynamic).toBeLessThan(readOnly / 5);
});
