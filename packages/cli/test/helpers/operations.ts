/**
 * The CLI's commands as the operation model says they should be: their names, their flags and the
 * smallest invocation the spec accepts. Tests loop over these, so a new operation is tested with no edit.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { minimalValue, SAMPLE_FILE_TEXT } from '@llamacloud-batch/testing';
import { type OperationMeta, operationHints, operationModel } from '@llamacloud-batch/types';
import { operationInputSchemas } from '@llamacloud-batch/types/schemas';

export const operations = Object.values(operationModel) as readonly OperationMeta[];

/** The naming rule the README documents: `job_id` → `job-id`, `jobItems` → `job-items`. */
export const kebab = (name: string): string =>
  name
    .replace(/_/g, '-')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase();

/** `beta.batch.jobItems` + `getProcessingResults` → `['beta:batch:job-items', 'get-processing-results']`. */
export function commandOf(operation: OperationMeta): [string, string] {
  return [(operation.group ?? '').split('.').map(kebab).join(':'), kebab(operation.name ?? '')];
}

/** `beta:batch:job-items get-processing-results`, for test names. */
export const titleOf = (operation: OperationMeta): string => commandOf(operation).join(' ');

export function hintsOf(operation: OperationMeta): { readOnly: boolean; destructive: boolean; idempotent: boolean } {
  return (operationHints as Record<string, { readOnly: boolean; destructive: boolean; idempotent: boolean }>)[
    operation.id ?? ''
  ] as { readOnly: boolean; destructive: boolean; idempotent: boolean };
}

/** Every flag the operation's inputs become: path, query and header parameters, then body fields. */
export function inputFlags(operation: OperationMeta): string[] {
  const parameters = operation.parameters.filter((parameter) => parameter.in !== 'cookie');
  return [...parameters, ...(operation.body?.fields ?? [])].map((input) => `--${kebab(input.name)}`);
}

let upload: string | undefined;
/** A small file for a required file part, written once per test process (removed with the OS's temp files). */
export function sampleUpload(): string {
  if (upload) return upload;
  upload = join(mkdtempSync(join(tmpdir(), 'llamacloud-cli-upload-')), 'sample.txt');
  writeFileSync(upload, SAMPLE_FILE_TEXT);
  return upload;
}

/** The value a test passes for path parameter `name`. */
export const pathValue = (name: string): string => `test-${kebab(name)}`;

/**
 * The flags the operation cannot run without: each path parameter, each other required parameter and
 * each required body field, with the smallest value its schema accepts (JSON for objects).
 */
export function requiredFlags(operation: OperationMeta): string[] {
  const schema = operationInputSchemas[operation.id as keyof typeof operationInputSchemas] as {
    properties?: Record<string, Parameters<typeof minimalValue>[0]>;
  };
  const flags: string[] = [];
  for (const parameter of operation.parameters) {
    if (parameter.in === 'path') flags.push(`--${kebab(parameter.name)}`, pathValue(parameter.name));
  }
  const required = [
    ...operation.parameters.filter((parameter) => parameter.in !== 'path' && parameter.required),
    ...(operation.body?.fields ?? []).filter((field) => field.required),
  ];
  for (const input of required) {
    if ('file' in input && input.file) {
      flags.push(`--${kebab(input.name)}`, `@${sampleUpload()}`);
      continue;
    }
    const value = minimalValue(schema.properties?.[input.name] ?? {});
    if (Array.isArray(value) && value.every((item) => typeof item !== 'object')) {
      flags.push(`--${kebab(input.name)}`, ...value.map(String));
    } else {
      flags.push(`--${kebab(input.name)}`, typeof value === 'object' ? JSON.stringify(value) : String(value));
    }
  }
  return flags;
}

/** The flags after the command that run it against `baseUrl` with the test key, and nothing else. */
export function minimalArgs(operation: OperationMeta, baseUrl: string, apiKey: string): string[] {
  return [...commandOf(operation), '--api-key', apiKey, '--base-url', baseUrl, ...requiredFlags(operation)];
}
