/**
 * What an agent's context pays for the tool list (issue 21's figure): tools/list bytes and an
 * estimate of tokens (bytes / 4), per mode. Sizes are deterministic, so these are ceilings at what
 * they are today, kept by CI so they can only go down: static with every tool 48 kB (the goal is 16:
 * not met), read-only 14 kB, the dynamic mode under 3 kB whatever the spec's size.
 */
import { operationHelp, operationHints, operationModel } from '@llamacloud-batch/types';
import { operationInputSchemas } from '@llamacloud-batch/types/schemas';
import { expect, test } from 'vitest';
import { dynamicTools } from '../src/dynamic.js';
import { toolsFor } from '../src/index.js';

const size = (tools: unknown[]) => JSON.stringify({ tools }).length;
const report = (mode: string, bytes: number) =>
  console.log(`tools/list, ${mode}: ${(bytes / 1024).toFixed(1)} kB ≈ ${Math.round(bytes / 4)} tokens`);

test('tools/list per mode stays under its ceiling', () => {
  const readOnly = size(toolsFor(operationModel, operationHelp, operationHints, operationInputSchemas));
  const all = size(
    toolsFor(operationModel, operationHelp, operationHints, operationInputSchemas, {
      allowWrites: true,
      allowFiles: true,
    }),
  );
  const dynamic = size(dynamicTools(true));
  report('static, read-only', readOnly);
  report('static, --allow-writes --allow-files', all);
  report('--tools dynamic', dynamic);
  expect(readOnly).toBeLessThan(14 * 1024);
  expect(all).toBeLessThan(48 * 1024);
  expect(dynamic).toBeLessThan(3 * 1024);
  expect(dynamic).toBeLessThan(readOnly / 5);
});
