/**
 * Adding an endpoint needs no hand-written types: add it to a copy of the spec, regenerate into a
 * copy of the types package, and a snippet calling it through `client.raw` and as
 * `client.beta.batch.getJob(id)` type-checks.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse, stringify } from 'yaml';
import { diffSpecs } from '../src/diff.js';
import { copyTypesPackage, regenerate, typesGenerator } from '../src/generators.js';
import { createTypeChecker, formatDiagnostic, workspaceProgram } from '../src/typecheck.js';

const root = resolve(import.meta.dirname, '../../..');
const NEW_PATH = '/api/v1/beta/batch-processing/{batch_id}';
const work = mkdtempSync(join(tmpdir(), 'spec-new-endpoint-'));
const specPath = join(work, 'openapi.yaml');
const snippetPath = join(work, 'snippet.ts');
const originalSpec = readFileSync(join(root, 'spec/openapi.yaml'), 'utf8');
let typesDir = '';

const getBatchJob = {
  get: {
    operationId: 'get_batch_job_api_v1_beta_batch_processing__batch_id__get',
    summary: 'Get Batch Job',
    description: 'Get one batch processing job by its id.',
    tags: ['Beta', 'Batch Processing'],
    'x-speakeasy-group': 'beta.batch',
    'x-speakeasy-name-override': 'getJob',
    parameters: [
      { name: 'batch_id', in: 'path', required: true, description: 'The batch job id', schema: { type: 'string' } },
    ],
    responses: {
      '200': {
        description: 'Successful Response',
        content: { 'application/json': { schema: { $ref: '#/components/schemas/BatchJobResponse' } } },
      },
    },
  },
};

const snippet = `import { createLlamaCloudClient } from '@llamacloud-batch/client';
import type { BatchJob } from '@llamacloud-batch/types';

const client = createLlamaCloudClient({ apiKey: 'test-key' });
const { data } = await client.raw.GET('${NEW_PATH}', { params: { path: { batch_id: 'bjb-1' } } });
if (data) {
  const job: BatchJob = data;
  const status: 'pending' | 'running' | 'dispatched' | 'completed' | 'failed' | 'cancelled' = job.status;
  console.log(status);
}
// @ts-expect-error batch_id is a required path parameter
await client.raw.GET('${NEW_PATH}', { params: { path: {} } });
// The operation model names it too: a typed method, its path parameter positional.
const job: BatchJob = await client.beta.batch.getJob('bjb-1');
console.log(job.id);
// @ts-expect-error the path parameter is required
await client.beta.batch.getJob();
`;

function typeErrors(options: { typesDir?: string }): string[] {
  const { rootNames, compilerOptions } = workspaceProgram({
    root,
    packages: [],
    extraFiles: [snippetPath],
    ...options,
  });
  const { diagnostics } = createTypeChecker(rootNames, compilerOptions)();
  return diagnostics.map((diagnostic) => formatDiagnostic(diagnostic, work));
}

beforeAll(async () => {
  const document = parse(originalSpec) as { paths: Record<string, unknown> };
  document.paths[NEW_PATH] = getBatchJob;
  writeFileSync(specPath, stringify(document));
  writeFileSync(snippetPath, snippet);
  typesDir = copyTypesPackage(root, work);
  expect(await regenerate([typesGenerator(root, typesDir)], specPath)).toBeUndefined();
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a new GET endpoint in the spec', () => {
  test('is in the regenerated paths type', () => {
    expect(readFileSync(join(typesDir, 'src/generated/openapi.ts'), 'utf8')).toContain(`"${NEW_PATH}": {`);
  });

  test('can be called through client.raw, typed, with no hand-written types', () => {
    expect(typeErrors({ typesDir })).toEqual([]);
  });

  test('the same snippet does not type-check against the committed types (the test is not vacuous)', () => {
    const errors = typeErrors({});
    expect(errors.some((line) => line.startsWith('snippet.ts:5:') && line.includes(NEW_PATH))).toBe(true);
  });

  test('spec:diff calls it a non-breaking new endpoint', async () => {
    const changes = await diffSpecs(originalSpec, readFileSync(specPath, 'utf8'));
    expect(changes.map(({ severity, endpoint, message }) => ({ severity, endpoint, message }))).toEqual([
      { severity: 'non-breaking', endpoint: `GET ${NEW_PATH}`, message: 'new endpoint' },
    ]);
  });
});
