import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { type CycleResult, createDevLoop, formatCycle } from '../src/dev.js';
import { copyTypesPackage, regenerate, typesGenerator, workspaceGenerators } from '../src/generators.js';
import { warmGenerators } from '../src/warm-generators.js';

const root = resolve(import.meta.dirname, '../../..');
const original = readFileSync(join(root, 'spec/openapi.yaml'), 'utf8');

// Only the types package (with its type tests) is checked here, so this test does not depend on
// client and CLI work in progress; test/new-endpoint.test.ts checks a snippet through the client.
describe('the dev loop (one warm loop over a copy of the spec and the types package)', () => {
  const work = mkdtempSync(join(tmpdir(), 'spec-dev-'));
  const specPath = join(work, 'openapi.yaml');
  writeFileSync(specPath, original);
  const cycle = createDevLoop({ root, specPath, typesDir: copyTypesPackage(root, work), packages: ['types'] });
  afterAll(() => {
    cycle.close();
    rmSync(work, { recursive: true, force: true });
  });

  // Each edit is applied to the original spec, in order, against the same warm loop.
  const edits: [name: string, edit: (spec: string) => string, expected: (result: CycleResult) => void][] = [
    ['the committed spec is green', (spec) => spec, (result) => expect(result).toMatchObject({ errors: [] })],
    [
      'a description edit stays green',
      (spec) => spec.replace('description: Unique identifier for the batch job', 'description: The job id'),
      (result) => expect(result).toMatchObject({ stage: 'typecheck', errors: [] }),
    ],
    [
      'a type change the packages rely on is a type error, with its file and line',
      (spec) => spec.replace('total_items:\n          type: integer', 'total_items:\n          type: string'),
      (result) => {
        expect(result.stage).toBe('typecheck');
        expect(result.stage === 'typecheck' && result.errors.length).toBeGreaterThan(0);
        // The types package's own type tests pin total_items as a number.
        expect(result.stage === 'typecheck' && result.errors[0]).toMatch(/test\/types\.test-d\.ts:\d+:\d+ TS\d+ /);
      },
    ],
    [
      'broken YAML is reported as a generate failure',
      (spec) => `${spec}\n  : not yaml: [`,
      (result) => expect(result).toMatchObject({ stage: 'generate', error: expect.stringMatching(/YAML/) }),
    ],
    [
      'a duplicate key is one line naming the spec, line and column',
      (spec) => spec.replace('info:\n', 'info:\n  title: twice\n'),
      (result) => {
        expect(result.stage).toBe('generate');
        expect(result.stage === 'generate' && result.error).toMatch(
          /^.*openapi\.yaml:\d+:\d+: invalid YAML: Map keys must be unique$/,
        );
        expect(formatCycle(result, 'spec/openapi.yaml').split('\n')).toHaveLength(1);
      },
    ],
    [
      'a YAML syntax error is one line too',
      (spec) => spec.replace('info:\n', 'info:\n   bad: [\n'),
      (result) => {
        expect(result.stage === 'generate' && result.error).toMatch(/^.*openapi\.yaml:\d+:\d+: invalid YAML: [^\n]+$/);
      },
    ],
    ['fixing it goes green again', (spec) => spec, (result) => expect(result).toMatchObject({ errors: [] })],
  ];

  test.each(edits)('%s', async (_name, edit, expected) => {
    writeFileSync(specPath, edit(original));
    expected(await cycle());
  });
});

describe('warm generators (each script re-run in a process kept between saves)', () => {
  const work = mkdtempSync(join(tmpdir(), 'spec-warm-'));
  const [warmDir, coldDir] = ['warm', 'cold'].map((name) => copyTypesPackage(root, join(work, name))) as [
    string,
    string,
  ];
  const specPath = join(work, 'openapi.yaml');
  const warm = warmGenerators([typesGenerator(root, warmDir)]);
  afterAll(() => {
    warm.close();
    rmSync(work, { recursive: true, force: true });
  });
  const generated = (dir: string) =>
    readdirSync(join(dir, 'src/generated')).map((file) => readFileSync(join(dir, 'src/generated', file), 'utf8'));

  test('after several edits write what a fresh run writes', async () => {
    for (const edit of ['first', 'second', 'third']) {
      writeFileSync(specPath, original.replace('Filter by directory ID', `Filter by directory ID (${edit})`));
      expect(await warm.run(specPath)).toBeUndefined();
    }
    expect(await regenerate([typesGenerator(root, coldDir)], specPath)).toBeUndefined();
    expect(generated(warmDir).join('')).toContain('Filter by directory ID (third)');
    expect(generated(warmDir)).toEqual(generated(coldDir));
  });

  test('a script that exits on a broken spec is its one line, and the next run works again', async () => {
    writeFileSync(specPath, `${original}  bad: [\n`);
    expect(await warm.run(specPath)).toMatch(/^generate: .*openapi\.yaml:\d+:\d+: invalid YAML: /);
    writeFileSync(specPath, original);
    expect(await warm.run(specPath)).toBeUndefined();
  });
});

describe('formatCycle', () => {
  test.each([
    [
      { stage: 'typecheck', ms: 1234, files: 640, errors: [] },
      /^\d\d:\d\d:\d\d ✓ spec: .*640 files, 0 errors in 1\.2 s$/,
    ],
    [
      { stage: 'typecheck', ms: 2000, files: 1, errors: ['a.ts:1:1 TS1 x'] },
      /✗ spec: 1 type error in 2\.0 s\n {2}a\.ts:1:1 TS1 x$/,
    ],
    [
      { stage: 'generate', ms: 500, error: 'YAMLParseError: bad' },
      /✗ spec: generate failed in 0\.5 s: YAMLParseError: bad$/,
    ],
  ] as [CycleResult, RegExp][])('%j', (result, pattern) => {
    expect(formatCycle(result, 'spec')).toMatch(pattern);
  });

  test('lists at most `limit` errors, then how many more', () => {
    const errors = Array.from({ length: 5 }, (_, i) => `f.ts:${i}:1 TS1 e`);
    const lines = formatCycle({ stage: 'typecheck', ms: 1, files: 1, errors }, 'spec', 2).split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('  … and 3 more');
  });
});

describe('workspaceGenerators', () => {
  test("finds each package's `node <script>` generate script", () => {
    const found = workspaceGenerators(root).map(({ cwd, script }) => `${relative(root, cwd)}/${script}`);
    expect(found).toContain('packages/types/scripts/generate.mjs');
    expect(found.every((path) => existsSync(join(root, path)))).toBe(true);
  });
});
