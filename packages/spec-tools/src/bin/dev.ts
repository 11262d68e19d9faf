#!/usr/bin/env node
/** `pnpm dev`: watch spec/, and on every save regenerate the types and type-check all packages. */
import { watch } from 'node:fs';
import { dirname, join } from 'node:path';
import { createDevLoop, formatCycle, specLabelOf } from '../dev.js';
import { repoRoot } from '../git.js';

const root = await repoRoot(process.cwd());
const specPath = join(root, 'spec/openapi.yaml');
const label = specLabelOf(root, specPath);
const cycle = createDevLoop({ root });

let running = false;
let again = false;
async function runCycle(): Promise<void> {
  if (running) {
    again = true;
    return;
  }
  running = true;
  console.log(formatCycle(await cycle(), label));
  running = false;
  if (again) {
    again = false;
    await runCycle();
  }
}

let timer: NodeJS.Timeout | undefined;
// Editors save by rename or by several writes; one quiet 50 ms after the last event is one save.
watch(dirname(specPath), () => {
  clearTimeout(timer);
  timer = setTimeout(() => void runCycle(), 50);
});
console.log(
  `watching ${dirname(label)}/ — every save regenerates the types and type-checks types, client and cli (Ctrl-C stops)`,
);
await runCycle();
// While nobody has saved yet: learn the generated files' shapes, so description edits re-check little.
if (!running) {
  running = true;
  cycle.prime();
  running = false;
  if (again) {
    again = false;
    await runCycle();
  }
}
