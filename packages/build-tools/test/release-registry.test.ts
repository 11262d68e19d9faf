/**
 * The whole release, as a user meets it. `pnpm release --no-version` publishes types, client, cli
 * and mcp into a throwaway Verdaccio (the checkout's versions, so the checkout is not changed; its
 * build step is turbo's cache when the suite was built first). Then, on a "machine" of its own
 * (temp HOME, npm cache and npmrc taking @llamacloud-batch/* from Verdaccio and everything else from
 * the default registry), the README's install commands, each run against Prism:
 * `npm install -g @llamacloud-batch/cli`, `npx -y @llamacloud-batch/mcp`, and a TypeScript project on
 * `npm install @llamacloud-batch/client` (type-checked under nodenext and bundler, run, bundled for browsers).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import '@llamacloud-batch/testing';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { jsonRpcOver } from './helpers/json-rpc.js';
import { killGroup, type NpmSandbox, npmSandbox, type RunResult } from './helpers/npm-sandbox.js';
import { type RunningRegistry, startVerdaccio } from './helpers/verdaccio.js';

const root = resolve(import.meta.dirname, '../../..');
const SCOPE = '@llamacloud-batch';
const PUBLIC = ['types', 'client', 'cli', 'mcp'];
const versionOf = (dir: string): string =>
  JSON.parse(readFileSync(join(root, 'packages', dir, 'package.json'), 'utf8')).version;
const pnpm = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager as string;
const typescriptVersion = (createRequire(import.meta.url)('typescript/package.json') as { version: string }).version;
const prismUrl = inject('prismUrl');
/** Installs from a cold npm cache, on a machine busy with the rest of the suite. */
const INSTALL_TEST_TIMEOUT_MS = 150_000;

let registry: RunningRegistry | undefined;
let sandbox: NpmSandbox;
let release: RunResult;

/** What a failed command said, for the assertion message. */
const said = ({ code, stdout, stderr }: RunResult) => `exit ${code}\n${stdout}\n${stderr}`;

beforeAll(async () => {
  registry = await startVerdaccio({ scope: SCOPE });
  const token = await registry.addUser('release-test', `pw-${process.pid}-${Date.now()}`);
  sandbox = npmSandbox({ scope: SCOPE, registry: registry.url, token });
  release = await sandbox.run('npx', ['-y', pnpm, 'release', '--no-version'], { cwd: root, timeoutMs: 150_000 });
}, 180_000);

afterAll(async () => {
  await registry?.close();
  sandbox?.remove();
});

test('pnpm release publishes types, client, cli and mcp at their manifests’ versions', async () => {
  expect(release.code, said(release)).toBe(0);
  for (const dir of PUBLIC) {
    const id = `${SCOPE}/${dir}@${versionOf(dir)}`;
    expect(release.stdout).toContain(`${id}: published`);
    const view = await sandbox.run('npm', ['view', id, 'dist.tarball']);
    expect(view.stdout.trim(), said(view)).toBe(`${registry?.url}/${SCOPE}/${dir}/-/${dir}-${versionOf(dir)}.tgz`);
  }
});

describe.concurrent('installed from the registry', { timeout: INSTALL_TEST_TIMEOUT_MS }, () => {
  test('npm install -g @llamacloud-batch/cli: --version, a list against Prism, bash completion, man pages', async () => {
    const prefix = sandbox.folder('global');
    const install = await sandbox.run('npm', ['install', '-g', '--prefix', prefix, `${SCOPE}/cli`]);
    expect(install.code, said(install)).toBe(0);
    // npm links the package's `man` pages where `man` looks for them under the prefix.
    expect(existsSync(join(prefix, 'share/man/man1/llamacloud-prod-beta-batch-list.1'))).toBe(true);
    const env = { PATH: `${join(prefix, 'bin')}:${sandbox.env.PATH}` };

    const version = await sandbox.run('llamacloud-prod', ['--version'], { env });
    expect(version.stdout.trim(), said(version)).toBe(versionOf('cli'));

    const list = await sandbox.run(
      'llamacloud-prod',
      ['beta:batch', 'list', '--base-url', prismUrl, '--api-key', 'any', '--format', 'jsonl', '--fields', 'id,status'],
      { env },
    );
    expect(list.code, said(list)).toBe(0);
    const jobs = list.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(jobs.length).toBeGreaterThan(0);
    for (const job of jobs) expect(job).toEqual({ id: expect.stringMatching(/^bjb-/), status: expect.any(String) });

    // What bash does on TAB after `llamacloud-prod beta:batch li` (COMP_WORDBREAKS splits at ':').
    const complete = await sandbox.run(
      'bash',
      [
        '--norc',
        '--noprofile',
        '-c',
        [
          'source <(llamacloud-prod completion bash)',
          `COMP_LINE='llamacloud-prod beta:batch li'; COMP_POINT=\${#COMP_LINE}`,
          'COMP_WORDS=(llamacloud-prod beta : batch li); COMP_CWORD=4',
          'complete -p llamacloud-prod',
          '__llamacloud_prod_complete_words 2>/dev/null',
          `printf '%s\\n' "\${COMPREPLY[@]}"`,
        ].join('\n'),
      ],
      { env },
    );
    expect(complete.stdout, said(complete)).toBe(
      'complete -F __llamacloud_prod_complete_words llamacloud-prod\nlist\n',
    );
  });

  test('npx -y @llamacloud-batch/mcp answers initialize, lists its tools and calls one against Prism', async () => {
    const server = sandbox.start('npx', ['-y', `${SCOPE}/mcp`], {
      cwd: sandbox.folder('agent'),
      env: { LLAMA_CLOUD_API_KEY: 'any', LLAMA_CLOUD_BASE_URL: prismUrl },
    });
    let stderr = '';
    server.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    try {
      const session = jsonRpcOver(server, 60_000);
      const initialize = await session.request('initialize', {
        protocolVersion: '2025-06-18',
        capabilities: {},
        clientInfo: { name: 'release-test', version: '0' },
      });
      expect(initialize.result, stderr).toMatchObject({
        serverInfo: { name: 'llamacloud-mcp', version: versionOf('mcp') },
        capabilities: { tools: {} },
      });
      session.notify('notifications/initialized');
      const { result } = (await session.request('tools/list')) as { result: { tools: { name: string }[] } };
      expect(result.tools.map((tool) => tool.name)).toEqual(
        expect.arrayContaining(['beta_batch_list', 'beta_batch_get_status', 'batches_get']),
      );
      const call = (await session.request('tools/call', { name: 'beta_batch_list', arguments: { limit: 1 } })) as {
        result: { isError?: boolean; content: { type: string; text?: string }[] };
      };
      expect(call.result.isError ?? false, JSON.stringify(call)).toBe(false);
      expect(call.result.content.map((block) => block.text ?? '').join('\n')).toMatch(/bjb-/);
    } finally {
      server.stdin?.end(); // how a client ends a stdio session; the group is killed by PID in any case
      killGroup(server);
    }
  });

  test('a TypeScript project on npm install @llamacloud-batch/client: nodenext and bundler type-check, it runs, esbuild bundles it for browsers', async () => {
    const project = sandbox.folder('consumer');
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    const install = await sandbox.run('npm', ['install', `${SCOPE}/client`, `typescript@${typescriptVersion}`], {
      cwd: project,
    });
    expect(install.code, said(install)).toBe(0);
    writeConsumer(project);

    for (const config of ['tsconfig.nodenext.json', 'tsconfig.bundler.json']) {
      const check = await sandbox.run('node', ['node_modules/typescript/bin/tsc', '-p', config], { cwd: project });
      expect(check.code, `${config}: ${said(check)}`).toBe(0);
    }
    const run = await sandbox.run(
      'node',
      [
        '--input-type=module',
        '-e',
        "import { firstJobs } from './dist/jobs.js'; console.log(JSON.stringify(await firstJobs(process.argv[1])));",
        prismUrl,
      ],
      { cwd: project },
    );
    expect(run.code, said(run)).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([{ id: expect.stringMatching(/^bjb-/), status: expect.any(String) }]);

    const bundle = await build({
      absWorkingDir: project,
      entryPoints: ['src/jobs.ts'],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(bundle.metafile.inputs);
    expect(inputs).toContain('src/jobs.ts');
    expect(inputs.some((input) => input.startsWith(`node_modules/${SCOPE}/client/dist/`))).toBe(true);
    expect(inputs.filter((input) => input.startsWith('node:'))).toEqual([]);
    expect(bundle.outputFiles[0]?.text).toContain('batch-processing');
  });
});

/** The consumer's code and its two TypeScript configurations (Node's ESM resolution, and a bundler's). */
function writeConsumer(project: string) {
  const compilerOptions = { target: 'es2022', lib: ['es2022', 'dom'], strict: true, types: [] };
  const write = (file: string, content: unknown) =>
    writeFileSync(join(project, file), typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  write('tsconfig.nodenext.json', {
    compilerOptions: { ...compilerOptions, module: 'nodenext', moduleResolution: 'nodenext', outDir: 'dist' },
    include: ['src'],
  });
  write('tsconfig.bundler.json', {
    compilerOptions: { ...compilerOptions, module: 'esnext', moduleResolution: 'bundler', noEmit: true },
    include: ['src'],
  });
  sandbox.folder('consumer/src');
  write(
    'src/jobs.ts',
    [
      "import { createLlamaCloudClient, type BatchJob } from '@llamacloud-batch/client';",
      '',
      "export async function firstJobs(baseUrl: string): Promise<Pick<BatchJob, 'id' | 'status'>[]> {",
      "  const client = createLlamaCloudClient({ baseUrl, apiKey: 'any' });",
      '  const page = await client.beta.batch.list({ limit: 1 });',
      '  return page.items.slice(0, 1).map(({ id, status }) => ({ id, status }));',
      '}',
      '',
      '// The types are the spec’s, not `any`: a status it does not know is an error.',
      "// @ts-expect-error 'paused' is not a BatchJobStatus",
      "export const wrong = () => createLlamaCloudClient().beta.batch.list({ status: 'paused' });",
      '',
    ].join('\n'),
  );
}
