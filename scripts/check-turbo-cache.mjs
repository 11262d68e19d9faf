// Proves turbo's inputs are honest, after a full `pnpm build && pnpm test` has run:
//   1. nothing changed        → every build/test task is a cache hit;
//   2. the root README edited → only the tests miss (its terminal transcripts are re-run by a test);
//   3. a package README edited → only the tests miss (its code examples are type-checked by tests);
//   4. spec/openapi.yaml edited → lint, codegen, every build and the tests all miss.
// Uses `turbo --dry=json`, so nothing is rebuilt; every edit is undone before it exits.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const TASKS = ['build', 'test:all'];

function cacheStatus() {
  const out = execFileSync('node_modules/.bin/turbo', ['run', ...TASKS, '--dry=json'], {
    encoding: 'utf8',
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' },
  });
  // Packages without a task's script show up in the plan with no command; they never run.
  const tasks = JSON.parse(out).tasks.filter((t) => t.command !== '<NONEXISTENT>');
  return new Map(tasks.map((t) => [t.taskId, t.cache.status]));
}

function withEdit(file, edit, check) {
  const original = readFileSync(file, 'utf8');
  writeFileSync(file, edit(original));
  try {
    return check();
  } finally {
    writeFileSync(file, original);
  }
}

const failures = [];
const expectAll = (label, statuses, expected) => {
  const wrong = [...statuses].filter(([, status]) => status !== expected);
  if (wrong.length)
    failures.push(`${label}: expected every task ${expected}, got ${wrong.map(([t, s]) => `${t}=${s}`).join(', ')}`);
  else console.log(`ok: ${label}: ${statuses.size} tasks, all ${expected}`);
};

expectAll('nothing changed', cacheStatus(), 'HIT');
for (const [readme, why] of [
  ['README.md', 'its terminal transcripts are re-run'],
  ['packages/client/README.md', 'it checks the README examples'],
]) {
  const statuses = withEdit(readme, (text) => `${text}\nedited\n`, cacheStatus);
  const misses = [...statuses].filter(([, status]) => status !== 'HIT').map(([task]) => task);
  if (misses.join() !== '//#test:all') {
    failures.push(`${readme} edited: expected only //#test:all to miss, got ${misses.join(', ') || 'none'}`);
  } else console.log(`ok: ${readme} edited: only //#test:all re-runs (${why})`);
}
const afterSpecEdit = withEdit('spec/openapi.yaml', (text) => `${text}# edited\n`, cacheStatus);
const mustMiss = [
  '//#lint:spec',
  '@llamacloud-batch/types#generate',
  '@llamacloud-batch/types#build',
  '@llamacloud-batch/client#build',
  '@llamacloud-batch/cli#build',
  '//#test:all',
];
const hits = mustMiss.filter((task) => afterSpecEdit.get(task) !== 'MISS');
if (hits.length) failures.push(`spec edited: expected a miss for ${hits.join(', ')}`);
else console.log(`ok: spec edited: ${mustMiss.join(', ')} all re-run`);

if (failures.length) {
  for (const failure of failures) console.error(`turbo cache check failed: ${failure}`);
  process.exit(1);
}
