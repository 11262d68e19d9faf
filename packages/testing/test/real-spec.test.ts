/**
 * The real thing: in a copy of this repository, our spec grown by LlamaCloud's published one (209
 * operations from the pinned @llamaindex/cloud, named by the committed Overlay) builds with
 * `LLAMACLOUD_SPEC=<file> pnpm build`, and every operation becomes a client method, a CLI command and
 * an MCP tool; a Prism mock of the grown spec answers every GET operation through the client.
 */
import { execFile } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { copyEnv, copyWorkspace, growSpec, measuredPnpm, repoRoot } from '../src/index.js';

const run = promisify(execFile);
let copy: string;
let GROWN: string;
const env = copyEnv();
afterAll(() => copy && rmSync(copy, { recursive: true, force: true }));

interface Operation {
  id: string;
  group: string;
  name: string;
  method: string;
  hints?: { readOnly: boolean };
}
let operations: Operation[];
let buildSeconds: number;
let peakMegabytes: number;

/** Runs a Node script in the copy (its built packages, not this checkout's). */
async function inCopy(script: string, cwd = 'packages/client'): Promise<string> {
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], {
    cwd: join(copy, cwd),
    env,
    maxBuffer: 64 * 1024 * 1024,
  });
  return stdout;
}

beforeAll(async () => {
  copy = await copyWorkspace('real-spec-');
  GROWN = await growSpec(copy);
  const build = await measuredPnpm(copy, ['build'], GROWN);
  buildSeconds = build.seconds;
  peakMegabytes = build.peakRssBytes / 2 ** 20;
  operations = JSON.parse(
    await inCopy(
      "import { operationModel, operationHints } from '@llamacloud-batch/types'; console.log(JSON.stringify(Object.values(operationModel).map((o) => ({ ...o, hints: operationHints[o.id] }))));",
    ),
  );
}, 300_000);

test('our operations plus LlamaCloud’s 209 are in the model; the build took a while, not forever', () => {
  const ours = readFileSync(join(repoRoot, 'packages/types/src/generated/operations.ts'), 'utf8');
  const ourCount = JSON.parse(/export const operationKeys = (\[.*?\]) as const/s.exec(ours)?.[1] ?? '[]').length;
  expect(operations).toHaveLength(ourCount + 209);
  console.log(
    `grown workspace: ${operations.length} operations, built in ${buildSeconds.toFixed(0)} s, peak RSS ${peakMegabytes.toFixed(0)} MB`,
  );
});

test('every operation is a method of the built client', async () => {
  const missing = await inCopy(`
    import { operationModel } from '@llamacloud-batch/types';
    import { createLlamaCloudClient, methodFor } from './dist/bundle/index.js';
    const client = createLlamaCloudClient({ apiKey: 'llx-x', baseUrl: 'http://127.0.0.1:9' });
    const missing = Object.values(operationModel).filter((o) => { try { methodFor(client, o); return false; } catch { return true; } });
    console.log(JSON.stringify(missing.map((o) => o.id)));`);
  expect(JSON.parse(missing)).toEqual([]);
});

test('a required whole body left out is refused before any request (the body validator, by name)', async () => {
  const refused = await inCopy(`
    import { createLlamaCloudClient } from './dist/bundle/index.js';
    const client = createLlamaCloudClient({ apiKey: 'llx-x', baseUrl: 'http://127.0.0.1:9', maxRetries: 0 });
    const error = await client.organizations.addUsersToOrganization('00000000-0000-0000-0000-000000000000', {}).catch((e) => e);
    console.log(JSON.stringify({ name: error.name, message: error.message }));`);
  expect(JSON.parse(refused)).toEqual({
    name: 'InvalidParameterError',
    message: expect.stringMatching(/^Invalid body: body /),
  });
});

describe('the CLI', () => {
  const cli = async (...args: string[]) =>
    (await run(process.execPath, [join(copy, 'packages/cli/bin/llamacloud-prod.cjs'), ...args], { env })).stdout;
  const kebab = (name: string) =>
    name
      .replace(/_/g, '-')
      .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
      .toLowerCase();

  test('--help lists every operation as a command of its group', async () => {
    const help = (await cli('--help')).replace(/\s+/g, ' ');
    const groups = new Map<string, string[]>();
    for (const operation of operations) {
      const group = operation.group.split('.').map(kebab).join(':');
      groups.set(group, [...(groups.get(group) ?? []), kebab(operation.name)]);
    }
    for (const [group, commands] of groups) {
      expect(help).toContain(`${group} ${group} operations: ${commands.join(', ')}`);
    }
  });

  test('a whole body is --body; body_<name> and a reserved flag get their own flags', async () => {
    expect(await cli('validation', 'validate-embedding-connection', '--help')).toMatch(
      /--body <json>.*the request body/s,
    );
    expect(await cli('organizations', 'assign-role-to-user-in-organization', '--help')).toContain(
      '--body-organization-id',
    );
    const report = await cli('reports', 'get-report', '--help');
    expect(report).toContain('--query-version');
  });
});

test('every operation is an MCP tool (with writes and files allowed), the GETs read-only by default', async () => {
  const list = async (...flags: string[]) => {
    const messages = [
      {
        jsonrpc: '2.0',
        id: 1,
        method: 'initialize',
        params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 't', version: '1' } },
      },
      { jsonrpc: '2.0', method: 'notifications/initialized' },
      { jsonrpc: '2.0', id: 2, method: 'tools/list' },
    ];
    const { stdout } = await run(
      'sh',
      [
        '-c',
        `printf '%s\\n' "$@" | node packages/mcp/bin/llamacloud-mcp.cjs ${flags.join(' ')}`,
        'sh',
        ...messages.map((m) => JSON.stringify(m)),
      ],
      { cwd: copy, env: { ...env, LLAMA_CLOUD_API_KEY: 'llx-x' }, maxBuffer: 64 * 1024 * 1024 },
    );
    const answer = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line))
      .find((message) => message.id === 2);
    return answer.result.tools as { name: string }[];
  };
  // Each operation's tool, and describe_operation for the properties the list cuts short.
  const operationTools = (tools: { name: string }[]) => tools.filter((tool) => tool.name !== 'describe_operation');
  const all = await list('--allow-writes', '--allow-files', copy);
  expect(operationTools(all)).toHaveLength(operations.length);
  expect(all.map((tool) => tool.name)).toContain('describe_operation');
  const readOnly = await list();
  expect(operationTools(readOnly)).toHaveLength(operations.filter((operation) => operation.hints?.readOnly).length);
  // The dynamic mode's list does not grow with the spec.
  const dynamic = await list('--tools', 'dynamic', '--allow-writes');
  expect(dynamic.map((tool) => tool.name)).toEqual(['search_operations', 'describe_operation', 'call_operation']);
  expect(JSON.stringify(dynamic).length).toBeLessThan(3 * 1024);
  const kB = (tools: unknown[]) => `${(JSON.stringify({ tools }).length / 1024).toFixed(1)} kB`;
  console.log(
    `tools/list at ${operations.length} operations: static ${kB(all)} (read-only ${kB(readOnly)}), dynamic ${kB(dynamic)}`,
  );
});

test('one list call’s bundle from its group’s entry is as big at 230 operations as at ours (within 0.3 kB)', async () => {
  const measure = async (cwd: string) =>
    // Measured, not budgeted here (the client's own bundle-size test keeps the 10 kB budget).
    JSON.parse(
      (await run(process.execPath, ['scripts/bundle-size.mjs', '--json', '--max=1000000'], { cwd, env })).stdout,
    ) as {
      client: { gzip: number };
      'client, main entry': { gzip: number };
    };
  const [ours, grown] = await Promise.all([
    measure(join(repoRoot, 'packages/client')),
    measure(join(copy, 'packages/client')),
  ]);
  console.log(
    `client.beta.batch.list bundle, gzip: ${ours.client.gzip} B here, ${grown.client.gzip} B at ${operations.length} operations ` +
      `(main entry: ${ours['client, main entry'].gzip} B, ${grown['client, main entry'].gzip} B)`,
  );
  // What differs: the checkers of string formats the grown spec uses (email, uri), bounded by the
  // formats there are, not by the operations.
  expect(Math.abs(grown.client.gzip - ours.client.gzip)).toBeLessThanOrEqual(300);
  // The main entry carries every row: it does grow, which is why the group's entry exists.
  expect(grown['client, main entry'].gzip).toBeGreaterThan(ours['client, main entry'].gzip);
}, 60_000);

test('a Prism mock of the grown spec answers every GET operation through the client', async () => {
  const { stdout } = await run(process.execPath, ['test/children/get-sweep.mjs', GROWN], {
    cwd: join(copy, 'packages/client'),
    env,
    maxBuffer: 16 * 1024 * 1024,
  });
  const sweep = JSON.parse(stdout) as { total: number; ok: number; failed: { id: string; error: string }[] };
  console.log(`GET sweep: ${sweep.ok} of ${sweep.total} answered`);
  expect(sweep.total).toBe(operations.filter((operation) => operation.method === 'get').length);
  // Prism 5.14 answers 500 for a media type without a schema (`image/jpeg: {}`), which these two have.
  expect(sweep.failed).toEqual(
    ['parsing.getJobImageResult', 'legacyParsing.getJobImageResult'].map((id) => ({
      id,
      error: expect.stringMatching(/^InternalServerError: HTTP 500/),
    })),
  );
}, 120_000);

test('the differential test (client check vs Prism’s request validation) agrees on the grown spec too', async () => {
  // The copy's own vitest: its Prism serves $LLAMACLOUD_SPEC, its model is the grown one.
  const { stdout } = await run(
    join(copy, 'node_modules/.bin/vitest'),
    ['run', 'packages/client/test/differential.test.ts', '--reporter=verbose'],
    { cwd: copy, env: { ...env, LLAMACLOUD_SPEC: GROWN, DIFFERENTIAL_VALID_CASES: '5' }, maxBuffer: 16 * 1024 * 1024 },
  );
  const summary = /differential: (\d+) cases over (\d+) operations, (\d+) disagreements/.exec(stdout);
  console.log(summary?.[0]);
  expect(Number(summary?.[2])).toBeGreaterThan(200);
  expect(Number(summary?.[3])).toBe(0);
}, 180_000);

test('the grown client’s types: a whole body is params.body, an integer path parameter a number, a binary answer a Blob', async () => {
  const check = join(copy, 'packages/client/src/grown-check.ts');
  writeFileSync(
    check,
    `import { createLlamaCloudClient } from './index.js';
const client = createLlamaCloudClient({ apiKey: 'llx-x' });
export async function uses(): Promise<void> {
  const image: Blob = await client.parsing.getJobImageResult('job', 'page-1.jpg');
  await client.files.getFilePageScreenshot('file', 0);
  // @ts-expect-error an integer path parameter is a number
  await client.files.getFilePageScreenshot('file', '0');
  await client.organizations.addUsersToOrganization('org', { body: [] });
  // @ts-expect-error a whole body is params.body
  await client.organizations.addUsersToOrganization('org', { email: 'someone@example.com' });
  await client.organizations.assignRoleToUserInOrganization('org', { user_id: 'u', body_organization_id: 'org', role_id: 'r' });
  // @ts-expect-error the body's organization_id is body_organization_id
  await client.organizations.assignRoleToUserInOrganization('org', { user_id: 'u', organization_id: 'org', role_id: 'r' });
  await client.reports.getReport('00000000-0000-0000-0000-000000000000', { version: 2, session: 'cookie-value' });
  void image;
}
`,
  );
  await run(join(copy, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.build.json', '--noEmit'], {
    cwd: join(copy, 'packages/client'),
    env,
  });
}, 120_000);
