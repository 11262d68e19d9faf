/**
 * The spec is the only place a parameter or an operation is declared. This copies the repository
 * into a fresh git repo and, in the copy's spec only, adds a query parameter (`include_total`,
 * boolean), an enum value (`split` in BatchJobType) and three operations — (a) a GET with a path
 * parameter, an enum filter and offset pages, (b) a cursor-paged GET, (c) a POST with a JSON body
 * (required string, enum, bounded integer, object) — then regenerates and rebuilds there with no
 * other edit. It checks that the client's types and validation, the CLI's commands, flags and help,
 * the MCP server's tools and the requests themselves all follow, each new operation driven against
 * Prism serving the copy's spec, that each gets its code samples (docs, --help) and its manual and
 * man pages, and that `git status` shows only the spec and generated files.
 * (One copy for all of it: copying and building is most of the cost.)
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import {
  type FaultServer,
  jobsHandler,
  type RunningServer,
  repoRoot,
  startFaultServer,
  startPrism,
} from '@llamacloud-batch/testing';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseDocument } from 'yaml';

const run = promisify(execFile);
const SKIP = new Set(['.git', 'node_modules', 'dist', '.turbo', 'test-results', 'docs']);
const tsc = join(repoRoot, 'node_modules/typescript/bin/tsc');

const KEY = 'spec-driven-secret-key';

// The three new operations, as a spec author would add them.
const errors = {
  '401': { $ref: '#/components/responses/Unauthorized' },
  '422': { $ref: '#/components/responses/ValidationFailed' },
};
const widget = { id: 'wdg-1', name: 'gear', colour: 'red', size: 3, spec: { teeth: 12 } };
const part = { id: 'prt-1', name: 'axle', colour: 'green' };

const NEW_PATHS = {
  '/api/v1/widgets/{widget_id}/parts': {
    get: {
      operationId: 'list_widget_parts_api_v1_widgets_widget_id_parts_get',
      summary: 'List Widget Parts',
      description: 'The parts of one widget.',
      tags: ['Beta'],
      'x-speakeasy-group': 'widgets.parts',
      'x-speakeasy-name-override': 'list',
      'x-speakeasy-pagination': {
        type: 'offsetLimit',
        inputs: [
          { name: 'offset', in: 'parameters', type: 'offset' },
          { name: 'limit', in: 'parameters', type: 'limit' },
        ],
        outputs: { results: '$.items' },
      },
      parameters: [
        { name: 'widget_id', in: 'path', required: true, description: 'The widget', schema: { type: 'string' } },
        {
          name: 'colour',
          in: 'query',
          description: 'Only parts of this colour',
          schema: { $ref: '#/components/schemas/WidgetColour' },
        },
        {
          name: 'limit',
          in: 'query',
          description: 'Parts per page',
          schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 },
        },
        {
          name: 'offset',
          in: 'query',
          description: 'Parts to skip',
          schema: { type: 'integer', minimum: 0, default: 0 },
        },
      ],
      responses: {
        '200': {
          description: 'One page of parts',
          content: {
            'application/json': {
              schema: { $ref: '#/components/schemas/WidgetPartPage' },
              examples: { onePage: { summary: 'One part', value: { items: [part] } } },
            },
          },
        },
        ...errors,
      },
    },
  },
  '/api/v2/widgets': {
    get: {
      operationId: 'list_widgets_api_v2_widgets_get',
      summary: 'List Widgets',
      description: 'Every widget, a page at a time.',
      tags: ['Batches'],
      'x-speakeasy-group': 'widgets',
      'x-speakeasy-name-override': 'list',
      'x-speakeasy-pagination': {
        type: 'cursor',
        inputs: [
          { name: 'page_token', in: 'parameters', type: 'cursor' },
          { name: 'page_size', in: 'parameters', type: 'limit' },
        ],
        outputs: { nextCursor: '$.next_page_token', results: '$.items' },
      },
      parameters: [
        { name: 'page_token', in: 'query', description: 'Where the page starts', schema: { type: 'string' } },
        { name: 'page_size', in: 'query', description: 'Widgets per page', schema: { type: 'integer', minimum: 1 } },
      ],
      responses: {
        '200': {
          description: 'One page of widgets',
          content: {
            'application/json': {
              schema: { $ref: '#/components/schemas/WidgetPage' },
              examples: { lastPage: { summary: 'The only page', value: { items: [widget], next_page_token: null } } },
            },
          },
        },
        ...errors,
      },
    },
    post: {
      operationId: 'create_widget_api_v2_widgets_post',
      summary: 'Create Widget',
      description: 'Make a widget.',
      tags: ['Batches'],
      'x-speakeasy-group': 'widgets',
      'x-speakeasy-name-override': 'create',
      'x-speakeasy-mcp': { readOnlyHint: false, destructiveHint: false, idempotentHint: false },
      requestBody: {
        required: true,
        content: { 'application/json': { schema: { $ref: '#/components/schemas/WidgetCreate' } } },
      },
      responses: {
        '200': {
          description: 'The new widget',
          content: {
            'application/json': {
              schema: { $ref: '#/components/schemas/Widget' },
              examples: { created: { summary: 'A gear', value: widget } },
            },
          },
        },
        ...errors,
      },
    },
  },
};

const describedString = (description: string) => ({ type: 'string', description });
const NEW_SCHEMAS = {
  WidgetColour: { type: 'string', title: 'WidgetColour', description: 'A colour', enum: ['red', 'green', 'blue'] },
  WidgetPart: {
    type: 'object',
    title: 'WidgetPart',
    description: 'A part',
    required: ['id', 'name'],
    properties: {
      id: describedString('Part id'),
      name: describedString('Part name'),
      colour: { $ref: '#/components/schemas/WidgetColour', description: 'Its colour' },
    },
  },
  WidgetPartPage: {
    type: 'object',
    title: 'WidgetPartPage',
    description: 'Parts',
    required: ['items'],
    properties: {
      items: { type: 'array', description: 'The parts', items: { $ref: '#/components/schemas/WidgetPart' } },
    },
  },
  Widget: {
    type: 'object',
    title: 'Widget',
    description: 'A widget',
    required: ['id', 'name', 'colour', 'size'],
    properties: {
      id: describedString('Widget id'),
      name: describedString('Widget name'),
      colour: { $ref: '#/components/schemas/WidgetColour', description: 'Its colour' },
      size: { type: 'integer', description: 'Its size' },
      spec: { type: 'object', additionalProperties: true, description: 'Free-form specification' },
    },
  },
  WidgetPage: {
    type: 'object',
    title: 'WidgetPage',
    description: 'Widgets',
    required: ['items'],
    properties: {
      items: { type: 'array', description: 'The widgets', items: { $ref: '#/components/schemas/Widget' } },
      next_page_token: { type: ['string', 'null'], description: 'The next page, if any' },
    },
  },
  WidgetCreate: {
    type: 'object',
    title: 'WidgetCreate',
    description: 'What a new widget needs',
    required: ['name'],
    properties: {
      name: { type: 'string', minLength: 1, description: 'Widget name' },
      colour: { $ref: '#/components/schemas/WidgetColour', description: 'Its colour' },
      size: { type: 'integer', minimum: 1, maximum: 10, description: 'Its size' },
      spec: { type: 'object', additionalProperties: true, description: 'Free-form specification' },
    },
  },
};

let copy: string;
let server: FaultServer;
let prism: RunningServer;
let faults: FaultServer;
/** `git status --porcelain` in the copy right after regenerating and building, before any test writes there. */
let statusAfterBuild = '';

async function git(...args: string[]) {
  return (await run('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: copy })).stdout;
}

async function cli(args: string[]) {
  return run(process.execPath, [join(copy, 'packages/cli/bin/llamacloud-prod.cjs'), ...args], {
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' },
  }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
}

/** Runs the copy's CLI against `baseUrl` (the copy's Prism unless said otherwise) with the test key. */
async function cliAt(args: string[], baseUrl = prism.url) {
  const argv = [join(copy, 'packages/cli/bin/llamacloud-prod.cjs'), ...args, '--api-key', KEY, '--base-url', baseUrl];
  return run(process.execPath, argv, { env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' } }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
}

/** tsc's errors for one file of the copy's client package ('' when it type-checks). */
async function typeErrors(file: string): Promise<string> {
  const config = join(copy, 'packages/client/tsconfig.snippet.json');
  writeFileSync(
    config,
    JSON.stringify({ extends: '../../tsconfig.base.json', compilerOptions: { noEmit: true }, files: [file] }),
  );
  return run(process.execPath, [tsc, '-p', config], { cwd: join(copy, 'packages/client') }).then(
    () => '',
    (error: { stdout: string }) => error.stdout,
  );
}

beforeAll(async () => {
  copy = mkdtempSync(join(tmpdir(), 'llamacloud-spec-driven-'));
  // Copy sources (keeping pnpm's relative symlinks) and share the installed dependencies.
  cpSync(repoRoot, copy, {
    recursive: true,
    verbatimSymlinks: true,
    filter: (source) => !SKIP.has(relative(repoRoot, source)) && !/(^|\/)(dist|\.turbo)$/.test(source),
  });
  symlinkSync(join(repoRoot, 'node_modules'), join(copy, 'node_modules'));
  await git('init', '-q');
  writeFileSync(join(copy, '.git/info/exclude'), 'node_modules\n');
  await git('add', '-A');
  await git('commit', '-qm', 'copy');

  const specPath = join(copy, 'spec/openapi.yaml');
  const spec = readFileSync(specPath, 'utf8');
  const withParameter = spec.replace(
    '      responses:\n',
    [
      '        - name: include_total',
      '          in: query',
      '          required: false',
      '          description: Also compute total_size',
      '          schema:',
      '            type: boolean',
      '            default: false',
      '      responses:',
      '',
    ].join('\n'),
  );
  const withEnumValue = withParameter.replace('        - classify\n', '        - classify\n        - split\n');
  expect(withEnumValue).not.toBe(withParameter);
  const document = parseDocument(withEnumValue);
  for (const [path, item] of Object.entries(NEW_PATHS)) document.setIn(['paths', path], item);
  for (const [name, schema] of Object.entries(NEW_SCHEMAS)) document.setIn(['components', 'schemas', name], schema);
  writeFileSync(specPath, document.toString());

  // Each package's own generate and build scripts, in dependency order, as `pnpm build` runs them.
  for (const pkg of ['types', 'client', 'cli', 'mcp']) {
    const cwd = join(copy, 'packages', pkg);
    await run('npm', ['run', '--silent', '--if-present', 'generate'], { cwd });
    await run('npm', ['run', '--silent', 'build'], { cwd });
  }
  // The CLI manual, as `pnpm generate` writes it once the CLI is built.
  await run('npm', ['run', '--silent', 'manual'], { cwd: join(copy, 'packages/cli') });
  statusAfterBuild = await git('status', '--porcelain');
  // The root `docs` script, run in the copy: docs/ (ignored by git) gets the bundle and the page.
  const { scripts } = JSON.parse(readFileSync(join(copy, 'package.json'), 'utf8'));
  await run('sh', ['-c', scripts.docs], {
    cwd: copy,
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', PATH: `${join(copy, 'node_modules/.bin')}:${process.env.PATH}` },
  });
  [server, prism, faults] = await Promise.all([
    startFaultServer(jobsHandler({ total: 3 })),
    startPrism({ specPath }),
    startFaultServer(() => ({ status: 500, body: { detail: 'must not be reached' } })),
  ]);
}, 180_000);

afterAll(async () => {
  await Promise.all([server?.close(), prism?.close(), faults?.close()]);
  if (copy) rmSync(copy, { recursive: true, force: true });
});

describe('after adding include_total and split to the spec, with no other edit', () => {
  test('the client types accept them and still reject wrong values', async () => {
    const snippet = join(copy, 'packages/client/src/spec-driven-snippet.ts');
    writeFileSync(
      snippet,
      [
        "import { createLlamaCloudClient, type BatchJobType } from './index.js';",
        "const client = createLlamaCloudClient({ apiKey: 'k' });",
        "export const ok = client.beta.batch.list({ include_total: true, job_type: 'split' });",
        "export const split: BatchJobType = 'split';",
        '// @ts-expect-error include_total is a boolean',
        "export const bad = client.beta.batch.list({ include_total: 'yes' });",
        '// @ts-expect-error still not a job type',
        "export const bogus: BatchJobType = 'bogus';",
        '',
      ].join('\n'),
    );
    expect(await typeErrors(snippet)).toBe('');
  });

  test('the client validates the new parameter and sends it', async () => {
    const { createLlamaCloudClient, InvalidParameterError } = await import(
      pathToFileURL(join(copy, 'packages/client/dist/index.js')).href
    );
    const client = createLlamaCloudClient({ apiKey: KEY, baseUrl: server.url, maxRetries: 0 });
    const before = server.requests.length;
    await expect(client.beta.batch.list({ include_total: 'yes' })).rejects.toBeInstanceOf(InvalidParameterError);
    await expect(client.beta.batch.list({ job_type: 'bogus' })).rejects.toThrow(
      /one of parse, extract, classify, split/,
    );
    expect(server.requests.length).toBe(before);

    await client.beta.batch.list({ include_total: true, job_type: 'split' });
    const sent = server.requests.at(-1)?.url.searchParams;
    expect(sent?.get('include_total')).toBe('true');
    expect(sent?.get('job_type')).toBe('split');
  });

  test('the CLI has the switch and the choice, with the spec description in --help', async () => {
    const help = await cli(['beta:batch', 'list', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/--include-total\s+Also compute total_size/);
    expect(help.stdout).toMatch(/"classify", "split"/);
  });

  test('the CLI sends the new flag and value', async () => {
    const result = await cli([
      'beta:batch',
      'list',
      '--include-total',
      '--job-type',
      'split',
      '--api-key',
      KEY,
      '--base-url',
      server.url,
    ]);
    expect(result.code).toBe(0);
    const sent = server.requests.at(-1)?.url.searchParams;
    expect(sent?.get('include_total')).toBe('true');
    expect(sent?.get('job_type')).toBe('split');
    expect(JSON.parse(result.stdout).items).toHaveLength(3);
  });

  test('the docs page built from the copy documents the new parameter and value', async () => {
    // Built in beforeAll by the root `docs` script (its Chromium rendering is tested in packages/testing).
    const html = readFileSync(join(copy, 'docs/index.html'), 'utf8');
    expect(html).toContain('include_total');
    expect(html).toContain('Also compute total_size');
    expect(html).toMatch(/"split"/);
  });

  test('bad values are usage errors that send nothing', async () => {
    const before = server.requests.length;
    const result = await cli(['beta:batch', 'list', '--job-type', 'merge', '--api-key', KEY, '--base-url', server.url]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--job-type.*'merge'.*split/);
    expect(server.requests.length).toBe(before);
    expect(result.stderr).not.toContain(KEY);
  });
});

describe('three new operations in the spec, and no other edit', () => {
  test('git status shows only the spec and generated files changed', async () => {
    const changed = statusAfterBuild
      .split('\n')
      .filter(Boolean)
      .map((line) => line.slice(3))
      .sort();
    expect(changed.length).toBeGreaterThan(1);
    for (const file of changed)
      expect(file).toMatch(
        /^(spec\/openapi\.yaml|packages\/[a-z-]+\/src\/generated\/[\w./-]+|packages\/cli\/(docs\/[\w.-]+\.md|man\/[\w.-]+\.1|package\.json))$/,
      );
    expect(changed).toContain('spec/openapi.yaml');
    expect(changed).toContain('packages/types/src/generated/operations.ts');
    // The CLI's package.json changed only in its generated list of man pages.
    const manifestDiff = (await git('diff', '-U0', '--', 'packages/cli/package.json'))
      .split('\n')
      .filter((line) => /^[-+] /.test(line));
    for (const line of manifestDiff) expect(line).toMatch(/^[-+] +"\.\/man\/[\w.-]+\.1",?$/);
  });

  test('each gets its samples, a manual page, a man page and an Examples section, and its CLI sample runs', async () => {
    const { operationSamples } = await import(pathToFileURL(join(copy, 'packages/types/dist/index.js')).href);
    const manifest = JSON.parse(readFileSync(join(copy, 'packages/cli/package.json'), 'utf8'));
    const bundle = JSON.parse(readFileSync(join(copy, 'docs/openapi.json'), 'utf8'));
    const commands = [
      ['widgets:parts', 'list', '/api/v1/widgets/{widget_id}/parts', 'get'],
      ['widgets', 'list', '/api/v2/widgets', 'get'],
      ['widgets', 'create', '/api/v2/widgets', 'post'],
    ] as const;
    for (const [group, name, path, method] of commands) {
      const key = `${group.replace(':parts', '.parts')}.${name}`;
      const samples = operationSamples[key];
      expect(samples?.cli, key).toMatch(new RegExp(`^llamacloud-prod ${group} ${name}\\b`));
      expect(samples?.typescript, key).toContain(`await client.${key}(`);
      expect(bundle.paths[path][method]['x-codeSamples'].map((sample: { source: string }) => sample.source)).toEqual([
        samples.cli,
        samples.typescript,
        samples.curl,
      ]);
      const page = `llamacloud-prod-${group.replace(':', '-')}-${name}`;
      expect(readFileSync(join(copy, `packages/cli/docs/${page}.md`), 'utf8')).toContain(samples.cli);
      const man = join(copy, `packages/cli/man/${page}.1`);
      expect(manifest.man).toContain(`./man/${page}.1`);
      const groff = await run('groff', ['-ww', '-z', '-man', man]);
      expect(groff.stderr).toBe('');
      const help = await cli([group, name, '--help']);
      expect(help.stdout).toContain(`Examples:\n  $ ${samples.cli.split('\n')[0]}`);
      const words = [...samples.cli.matchAll(/'([^']*)'|(\S+)/g)]
        .map((match) => match[1] ?? match[2] ?? '')
        .filter((word) => word !== '\\');
      const result = await cliAt(words.slice(1));
      expect(result.stderr, samples.cli).toBe('');
      expect(result.code, samples.cli).toBe(0);
    }
  });

  test('the client has typed methods: path argument first, params object, body fields typed', async () => {
    const snippet = join(copy, 'packages/client/src/new-operations-snippet.ts');
    writeFileSync(
      snippet,
      [
        "import { createLlamaCloudClient } from './index.js';",
        "const client = createLlamaCloudClient({ apiKey: 'k' });",
        "export const parts = client.widgets.parts.list('wdg-1', { colour: 'red', limit: 5 });",
        'export const widgets = client.widgets.list({ page_size: 2 }).pages();',
        "export const made = client.widgets.create({ name: 'gear', colour: 'blue', size: 10, spec: { teeth: 1 } });",
        'export async function names() { for await (const part of parts) return part.name.toUpperCase(); }',
        '// @ts-expect-error the widget id is required',
        'client.widgets.parts.list();',
        '// @ts-expect-error not a WidgetColour',
        "client.widgets.parts.list('wdg-1', { colour: 'purple' });",
        '// @ts-expect-error name is required',
        'client.widgets.create({ size: 3 });',
        '// @ts-expect-error size is an integer',
        "client.widgets.create({ name: 'x', size: 'big' });",
        '',
      ].join('\n'),
    );
    expect(await typeErrors(snippet)).toBe('');
  });

  test('the client calls each against Prism, pages through both kinds, and checks bodies first', async () => {
    const { createLlamaCloudClient, InvalidParameterError } = await import(
      pathToFileURL(join(copy, 'packages/client/dist/bundle/index.js')).href
    );
    const client = createLlamaCloudClient({ apiKey: KEY, baseUrl: prism.url, maxRetries: 0 });
    expect((await client.widgets.parts.list('wdg-1', { colour: 'red' })).items).toEqual([part]);
    const walked: unknown[] = [];
    for await (const item of client.widgets.parts.list('wdg-1')) walked.push(item);
    expect(walked).toEqual([part]);
    const pages: unknown[] = [];
    for await (const page of client.widgets.list().pages()) pages.push(page);
    expect(pages).toEqual([{ items: [widget], next_page_token: null }]);
    expect(await client.widgets.create({ name: 'gear', colour: 'red', size: 3, spec: { teeth: 12 } })).toEqual(widget);

    const offline = createLlamaCloudClient({ apiKey: KEY, baseUrl: faults.url, maxRetries: 0 });
    await expect(offline.widgets.create({ name: 'gear', size: 11 })).rejects.toThrow(/size must be <= 10/);
    await expect(offline.widgets.create({ name: 'gear', colour: 'purple' })).rejects.toBeInstanceOf(
      InvalidParameterError,
    );
    await expect(offline.widgets.parts.list('', {})).rejects.toThrow(/Missing path parameter widget_id/);
    expect(faults.requests).toHaveLength(0);
  });

  test('the CLI has a command per operation, listed in --help with its summary', async () => {
    const help = await cliAt(['--help']);
    expect(help.stdout).toMatch(/widgets:parts list\s+List Widget Parts/);
    expect(help.stdout).toMatch(/widgets list\s+List Widgets/);
    expect(help.stdout).toMatch(/widgets create\s+Create Widget/);
    const create = await cliAt(['widgets', 'create', '--help']);
    expect(create.stdout).toMatch(/--colour <value>.*\n?.*"red", "green", "blue"/);
    expect(create.stdout).toMatch(/--size <n>\s+Its size \(an integer from 1 to 10\)/);
    expect(create.stdout).toMatch(/--spec <json>/);
    expect(create.stdout).toMatch(/--body <json>/);
  });

  test('the CLI runs each against Prism, with --all over offset and cursor pages', async () => {
    const parts = await cliAt([
      'widgets:parts',
      'list',
      '--widget-id',
      'wdg-1',
      '--colour',
      'green',
      '--all',
      '--format',
      'jsonl',
    ]);
    expect(parts.code).toBe(0);
    expect(
      parts.stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line)),
    ).toEqual([part]);
    const widgets = await cliAt(['widgets', 'list', '--all', '--format', 'jsonl']);
    expect(widgets.code).toBe(0);
    expect(JSON.parse(widgets.stdout)).toEqual(widget);
    const created = await cliAt(['widgets', 'create', '--name', 'gear', '--size', '3', '--spec', '{"teeth":12}']);
    expect(created.code).toBe(0);
    expect(JSON.parse(created.stdout)).toEqual(widget);
  });

  test('a bad body is a usage error naming the JSON path and the rule, and sends nothing', async () => {
    const cases = [
      [['widgets', 'create', '--size', '3'], /name is required/],
      [['widgets', 'create', '--body', '{"name":"gear","size":11}'], /size must be <= 10/],
      [['widgets', 'create', '--name', 'gear', '--spec', '[1'], /--spec/],
      [['widgets', 'create', '--name', 'gear', '--colour', 'purple'], /--colour.*purple/],
    ] as const;
    for (const [args, message] of cases) {
      const result = await cliAt([...args], faults.url);
      expect(result.code, result.stderr).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).not.toContain(KEY);
    }
    expect(faults.requests).toHaveLength(0);
  });

  test('the MCP server lists each as a tool, the create only with --allow-writes', async () => {
    const require = createRequire(join(copy, 'packages/mcp/package.json'));
    const { Client } = await import(pathToFileURL(require.resolve('@modelcontextprotocol/sdk/client/index.js')).href);
    const { StdioClientTransport } = await import(
      pathToFileURL(require.resolve('@modelcontextprotocol/sdk/client/stdio.js')).href
    );
    const toolNames = async (args: string[]) => {
      const transport = new StdioClientTransport({
        command: process.execPath,
        args: [join(copy, 'packages/mcp/bin/llamacloud-mcp.cjs'), ...args],
        env: { PATH: process.env.PATH ?? '', LLAMA_CLOUD_API_KEY: KEY, LLAMA_CLOUD_BASE_URL: prism.url },
      });
      const client = new Client({ name: 'new-operations-test', version: '0.0.0' });
      await client.connect(transport);
      try {
        const { tools } = await client.listTools();
        const call = await client.callTool({ name: 'widgets_parts_list', arguments: { widget_id: 'wdg-1' } });
        expect(call.isError).toBeFalsy();
        return (tools as { name: string }[]).map((tool) => tool.name);
      } finally {
        await client.close();
      }
    };
    const readOnly = await toolNames([]);
    expect(readOnly).toEqual(expect.arrayContaining(['widgets_parts_list', 'widgets_list']));
    expect(readOnly).not.toContain('widgets_create');
    expect(await toolNames(['--allow-writes'])).toContain('widgets_create');
  });
});
