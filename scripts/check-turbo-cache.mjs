// Proves turbo's inputs are honest, after a full `pnpm build && pnpm test` has run:
//   1. nothing changed        → every build/test task is a cache hit;
//   2. the root README edited → only the tests miss (its terminal transcripts are re-run by a test);
//   3. a package README edited → only the tests miss (its code examples are type-checked by tests);
//   4. spec/openapi.yaml edited → lint, codegen, every build and the tests all miss;
//   5. LLAMACLOUD_SPEC=<another file>, then that file edited → codegen misses each time.
// Uses `turbo --dry=json`, so nothing is rebuilt; every edit is undone before it exits.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const TASKS = ['build', 'test:all'];

function cacheStatus(env = {}) {
  // Through the wrapper `pnpm build` uses, which keys the cache on $LLAMACLOUD_SPEC's content.
  const out = execFileSync(
    'node',
    ['scripts/with-spec.mjs', 'node_modules/.bin/turbo', 'run', ...TASKS, '--dry=json'],
    {
      encoding: 'utf8',
      env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', ...env },
      stdio: ['ignore', 'pipe', 'ignore'],
    },
  );
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

// 5. LLAMACLOUD_SPEC=<file>: another file is another cache key, and so is the same file edited.
const other = join(mkdtempSync(join(tmpdir(), 'turbo-spec-')), 'openapi.yaml');
writeFileSync(other, readFileSync('spec/openapi.yaml', 'utf8'));
const generate = '@llamacloud-batch/types#generate';
const asOther = cacheStatus({ LLAMACLOUD_SPEC: other }).get(generate);
writeFileSync(other, `${readFileSync(other, 'utf8')}# edited\n`);
const asEdited = cacheStatus({ LLAMACLOUD_SPEC: other }).get(generate);
rmSync(dirname(other), { recursive: true, force: true });
if (asOther !== 'MISS' || asEdited !== 'MISS') {
  failures.push(
    `LLAMACLOUD_SPEC: expected ${generate} to miss for another file and for it edited, got ${asOther}, ${asEdited}`,
  );
} else console.log(`ok: LLAMACLOUD_SPEC=<file>: ${generate} misses for another file, and again once it is edited`);

if (failures.length) {
  for (const failure of failures) console.error(`turbo cache check failed: ${failure}`);
  process.exit(1);
}
