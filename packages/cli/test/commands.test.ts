/**
 * Every command of the operation model, end to end against static Prism: each format of its answer,
 * and its --help. The commands and their flags come from the model, so a new operation is covered too.
 */
import { successResponse } from '@llamacloud-batch/testing';
import { operationTables } from '@llamacloud-batch/types';
import { describe, expect, inject, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { runCli, SECRET_KEY } from './helpers/cli.js';
import { commandOf, hintsOf, inputFlags, minimalArgs, operations, titleOf } from './helpers/operations.js';

const FORMATS = ['json', 'jsonl', 'yaml', 'pretty', 'table'] as const;
const tables = operationTables as Readonly<Record<string, readonly { name: string }[]>>;
const nonBlank = (text: string) => text.split('\n').filter((line) => line.trim() !== '');
/** `error_message` → `ERROR MESSAGE`, as the table heads its columns. */
const heading = (field: string) => field.replace(/[_.]/g, ' ').toUpperCase();

describe.concurrent('every command against static Prism, in every format', () => {
  test.each(operations.map((operation) => [titleOf(operation), operation] as const))(
    '%s',
    async (_title, operation) => {
      // A destructive command asks first; --yes is what a script passes.
      const args = [...minimalArgs(operation, inject('prismUrl'), SECRET_KEY)];
      if (hintsOf(operation).destructive) args.push('--yes');
      const runs = await Promise.all(FORMATS.map((format) => runCli([...args, '--format', format])));
      const [json, jsonl, yaml, pretty, table] = runs.map((result, index) => {
        expect({ format: FORMATS[index], code: result.code, stderr: result.stderr }).toEqual({
          format: FORMATS[index],
          code: 0,
          stderr: '',
        });
        return result.stdout;
      }) as [string, string, string, string, string];
      // An answer without content (204) prints nothing in any format: there is nothing to pipe on.
      if (successResponse(operation.id as Parameters<typeof successResponse>[0]).schema === undefined) {
        expect([json, jsonl, yaml, pretty, table]).toEqual(['', '', '', '', '']);
        return;
      }

      const answer = JSON.parse(json) as Record<string, unknown>;
      expect(answer).toBeTypeOf('object');
      expect(parseYaml(yaml)).toEqual(answer);
      expect(JSON.parse(pretty)).toEqual(answer);
      expect(pretty).toMatch(/^[{[]\n {2}/);

      const results = operation.pagination?.results;
      if (results) {
        const items = answer[results] as unknown[];
        expect(Array.isArray(items)).toBe(true);
        expect(items.length).toBeGreaterThan(0); // the spec's example has items, so rows are checked below
        expect(nonBlank(jsonl).map((line) => JSON.parse(line))).toEqual(items);
        const [header, ...rows] = nonBlank(table);
        const columns = tables[operation.id ?? ''] ?? [];
        expect(columns.length).toBeGreaterThan(0);
        // Column gaps shrink to one space when the 80-column table is tight.
        expect(header?.replace(/\s+/g, ' ')).toBe(columns.map((column) => heading(column.name)).join(' '));
        expect(rows).toHaveLength(items.length);
      } else {
        expect(nonBlank(jsonl).map((line) => JSON.parse(line))).toEqual([answer]);
        const [header, ...rows] = nonBlank(table);
        expect(header).toMatch(/^FIELD +VALUE$/);
        // One row per field, nested fields as dotted paths: every top-level field starts some row.
        for (const field of Object.keys(answer)) {
          expect(rows.some((row) => row.startsWith(`${field} `) || row.startsWith(`${field}.`) || row === field)).toBe(
            true,
          );
        }
      }
    },
  );
});

describe.concurrent('--help', () => {
  test.each(operations.map((operation) => [titleOf(operation), operation] as const))(
    '%s lists every input of the operation',
    async (_title, operation) => {
      const result = await runCli([...commandOf(operation), '--help']);
      expect(result.code).toBe(0);
      expect(result.stderr).toBe('');
      const expected = [...inputFlags(operation)];
      if (operation.body) expected.push('--body');
      if (operation.pagination) expected.push('--all', '--max-items', '--read-ahead');
      if (hintsOf(operation).destructive) expected.push('--yes');
      for (const flag of expected) expect(result.stdout).toMatch(new RegExp(`^ +${flag}\\b`, 'm'));
    },
  );

  test('the top-level help lists every command of the model, and wait', async () => {
    const result = await runCli(['--help']);
    expect(result.code).toBe(0);
    for (const operation of operations) expect(result.stdout).toMatch(new RegExp(`^ +${titleOf(operation)} `, 'm'));
    expect(result.stdout).toMatch(/^ +beta:batch wait /m);
    expect(result.stdout).toMatch(/^ +batches wait /m);
  });
});
