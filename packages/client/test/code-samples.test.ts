/**
 * The docs' TypeScript samples (operationSamples, generated from the operation model) type-check
 * against the built package, as a user's project would import it, then run on Node against Prism.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { type OperationKey, operationKeys, operationSamples, SAMPLE_FILE } from '@llamacloud-batch/types';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';

const packageDir = resolve(import.meta.dirname, '..');
// Inside the package, so `@llamacloud-batch/client` resolves to it by name (its exports, its dist).
const dir = resolve(packageDir, `test-results/code-samples-${process.pid}`);
const file = (key: OperationKey, ext: string) => resolve(dir, `${key}.${ext}`);
const FAKE_KEY = 'sk-llx-samples-test-not-a-real-key';

beforeAll(() => {
  mkdirSync(dir, { recursive: true });
  for (const key of operationKeys) writeFileSync(file(key, 'mts'), `${operationSamples[key].typescript}\n`);
  // The file an upload's sample names, where the samples run.
  writeFileSync(resolve(dir, SAMPLE_FILE), '%PDF-1.4 a sample\n');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('every TypeScript sample type-checks against the built client (strict)', () => {
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    types: ['node'],
    strict: true,
    noEmit: true,
    skipLibCheck: true,
  };
  const files = operationKeys.map((key) => file(key, 'mts'));
  const program = ts.createProgram(files, options);
  const problems = ts.getPreEmitDiagnostics(program).map((d) => {
    const where = d.file?.getLineAndCharacterOfPosition(d.start ?? 0);
    return `${d.file?.fileName.split('/').pop()}:${(where?.line ?? 0) + 1}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
  });
  expect(problems).toEqual([]);
  // The samples are what the docs call: the method of the operation, path parameters first.
  for (const key of operationKeys) expect(operationSamples[key].typescript).toContain(`await client.${key}(`);
}, 60_000);

describe.each(operationKeys)('%s', (key) => {
  test('the TypeScript sample runs on Node against Prism and prints the answer', async () => {
    const { outputText } = ts.transpileModule(operationSamples[key].typescript, {
      compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
    });
    writeFileSync(file(key, 'mjs'), outputText);
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [file(key, 'mjs')], {
      env: { PATH: process.env.PATH ?? '', LLAMA_CLOUD_API_KEY: FAKE_KEY, LLAMA_CLOUD_BASE_URL: inject('prismUrl') },
      timeout: 20_000,
      cwd: dir,
    });
    expect(stderr).toBe('');
    expect(stdout.trim()).not.toBe('');
    expect(stdout).not.toContain('undefined');
  });
});
