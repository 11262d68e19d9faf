/**
 * Bad input to the operation commands: exit 2, one line on stderr that names what was wrong, and not
 * one request to the server (counted on a fault server that would answer anything).
 */
import { operationModel, type ParameterMeta } from '@llamacloud-batch/types';
import { describe, expect, test } from 'vitest';
import { lines, runCli, SECRET_KEY } from './helpers/cli.js';
import { serveFor } from './helpers/own-server.js';

const jobItems = operationModel['beta.batch.jobItems.list'];
const parameter = (name: string) => jobItems.parameters.find((p) => p.name === name) as ParameterMeta;
const statuses = parameter('status').enum ?? [];
const limit = parameter('limit');
const literally = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface BadInput {
  name: string;
  /** The command and its flags; `--api-key` and `--base-url <fault server>` are added. */
  args: string[];
  /** Each must match the one line on stderr. */
  message: RegExp[];
}

const cases: BadInput[] = [
  {
    name: 'a required path flag left out',
    args: ['beta:batch', 'get-status'],
    message: [/required option '--job-id <string>' not specified/],
  },
  {
    name: 'a required path flag given empty',
    args: ['beta:batch', 'get-status', '--job-id', ''],
    message: [/--job-id/, /non-empty/],
  },
  {
    name: 'an enum value the spec does not have',
    args: ['beta:batch:job-items', 'list', '--job-id', 'bjb-1', '--status', 'done'],
    message: [/--status/, /'done'/, new RegExp(literally(statuses.join(', ')))],
  },
  {
    name: 'an integer above the maximum',
    args: ['beta:batch:job-items', 'list', '--job-id', 'bjb-1', '--limit', String((limit.maximum ?? 0) + 1)],
    message: [/--limit/, new RegExp(`an integer from ${limit.minimum} to ${limit.maximum}`)],
  },
  {
    name: 'an integer below the minimum',
    args: ['beta:batch:job-items', 'list', '--job-id', 'bjb-1', '--limit', String((limit.minimum ?? 0) - 1)],
    message: [/--limit/, new RegExp(`an integer from ${limit.minimum} to ${limit.maximum}`)],
  },
  {
    name: 'invalid JSON for an object flag',
    args: ['beta:batch', 'create', '--job-config', '{"lang": en}'],
    message: [/--job-config/, /Allowed: JSON text, @file\.json or -/],
  },
  {
    name: 'an object flag from a file that is not there',
    args: ['beta:batch', 'create', '--job-config', '@/nonexistent/job-config.json'],
    message: [/--job-config/, /cannot read \/nonexistent\/job-config\.json: ENOENT/],
  },
  {
    name: 'a body field of the wrong type, deep in an object flag',
    args: ['beta:batch', 'create', '--job-config', '{"parameters": {"type": "parse", "lang": 5}}'],
    message: [/job_config\.parameters\.lang must be string/],
  },
  {
    name: 'a required field missing inside an object flag',
    args: ['batches', 'create', '--source-directory-id', 'dir-1', '--config', '{"job": {"type": "parse_v2"}}'],
    message: [/config\.job\.configuration_id is required/],
  },
  {
    name: 'a --body item of the wrong type',
    args: ['beta:batch', 'create', '--body', '{"job_config": {}, "item_ids": ["dfl-1", 2]}'],
    message: [/item_ids\.1 must be string/],
  },
  {
    name: '--body with a key that is a query parameter',
    args: ['beta:batch', 'create', '--job-config', '{}', '--body', '{"project_id": "x"}'],
    message: [/--body: project_id is a query parameter, not a body field: use --project-id/],
  },
  {
    name: '--body with a key that is a path parameter',
    args: ['beta:batch', 'cancel', '--job-id', 'bjb-1', '--yes', '--body', '{"job_id": "bjb-2"}'],
    message: [/--body: job_id is a path parameter, not a body field: use --job-id/],
  },
  {
    name: '--body with a key the body does not have',
    args: ['beta:batch', 'create', '--body', '{"job_config": {}, "job_cnofig": {}}'],
    message: [
      /--body: job_cnofig is not a field of the request body \(did you mean job_config\?\)/,
      /allowed: job_config, continue_as_new_threshold, directory_id, item_ids, page_size$/,
    ],
  },
  {
    name: '--body that is not an object',
    args: ['beta:batch', 'create', '--body', '[1]'],
    message: [/--body must be a JSON object/],
  },
  {
    name: '--read-ahead without paging',
    args: ['beta:batch:job-items', 'list', '--job-id', 'bjb-1', '--read-ahead', '2'],
    message: [/--read-ahead applies only when paging: add --all or --max-items <n>/],
  },
  {
    name: '--read-ahead on a command that does not page',
    args: ['beta:batch', 'get-status', '--job-id', 'bjb-1', '--read-ahead', '2'],
    message: [/unknown option '--read-ahead'/],
  },
  {
    name: 'an unknown flag, with did-you-mean',
    args: ['beta:batch:job-items', 'list', '--job-id', 'bjb-1', '--stauts', 'failed'],
    message: [/unknown option '--stauts'/, /Did you mean --status\?/],
  },
  {
    name: 'wait with too short an interval',
    args: ['beta:batch', 'wait', '--job-id', 'bjb-1', '--interval', '0'],
    message: [/--interval/, /'0'/, /a number of seconds from 0\.1/],
  },
];

describe.concurrent('exit 2, one line, nothing sent', () => {
  test.for(cases)('$name', async ({ args, message }, context) => {
    const server = await serveFor(context, [{ status: 200, body: {} }]);
    const result = await runCli([...args, '--api-key', SECRET_KEY, '--base-url', server.url]);
    expect(result.stdout).toBe('');
    expect(result.code).toBe(2);
    const [line, ...more] = lines(result.stderr);
    expect(more).toEqual([]);
    expect(line).toMatch(/^llamacloud-prod: /);
    for (const pattern of message) expect(line).toMatch(pattern);
    expect(server.requests).toHaveLength(0);
  });
});
