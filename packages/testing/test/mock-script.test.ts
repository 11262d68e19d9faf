import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { listBatchJobsPath } from '@llamacloud-batch/types';
import { afterEach, describe, expect, test } from 'vitest';
import { createSchemaValidator, freePort, repoRoot, specPath, startFaultServer, until } from '../src/index.js';
import { runScript } from './helpers/run-script.js';

const seedExample = JSON.parse(readFileSync(resolve(import.meta.dirname, 'fixtures/seed-example.json'), 'utf8'));
const AUTH = { authorization: 'Bearer any' };

interface RunningMock {
  child: ChildProcess;
  banner: string;
  url: string;
  prismPid: number;
  exited: Promise<number | null>;
  /** Everything printed to stderr so far. */
  stderr: () => string;
}

const started: RunningMock[] = [];

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Spawns `node scripts/mock.mjs …args` and resolves once its banner is printed. */
function startMock(args: string[]): Promise<RunningMock> {
  const child = spawn(process.execPath, [resolve(repoRoot, 'scripts/mock.mjs'), ...args], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  let banner = '';
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk;
  });
  return new Promise((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`no banner within 30 s\n${banner}\n${stderr}`)), 30_000);
    exited.then((code) => fail(new Error(`mock exited with ${code} before it was ready\n${stderr}`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      banner += chunk;
      if (!banner.includes('Press Ctrl-C')) return;
      clearTimeout(timer);
      const url = /listening on (http:\/\/\S+)/.exec(banner)?.[1] ?? '';
      const prismPid = Number(/Prism pid (\d+)/.exec(banner)?.[1]);
      const mock = { child, banner, url, prismPid, exited, stderr: () => stderr };
      started.push(mock);
      done(mock);
    });
  });
}

const dirs: string[] = [];
/** A copy of the spec in a folder of its own (removed after the test), for a mock to watch. */
function specCopy(): { spec: string; good: string } {
  const dir = mkdtempSync(join(tmpdir(), 'mock-spec-'));
  dirs.push(dir);
  const spec = join(dir, 'openapi.yaml');
  const good = readFileSync(specPath, 'utf8');
  writeFileSync(spec, good);
  return { spec, good };
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  // Whatever a failed test left behind is killed by PID.
  for (const { child, prismPid } of started.splice(0)) {
    for (const pid of [child.pid, prismPid]) if (pid && isAlive(pid)) process.kill(pid, 'SIGKILL');
  }
});

describe('pnpm mock', () => {
  test.each(['SIGINT', 'SIGTERM'] as const)(
    'serves the examples on the given port, prints working examples, and stops Prism on %s',
    async (signal) => {
      const port = await freePort();
      const mock = await startMock(['--port', String(port)]);
      expect(mock.url).toBe(`http://127.0.0.1:${port}`);
      expect(isAlive(mock.prismPid)).toBe(true);

      const res = await fetch(`${mock.url}${listBatchJobsPath}`, { headers: AUTH });
      expect(res.status).toBe(200);
      expect(await res.json()).toStrictEqual(seedExample);

      expect(mock.banner).toContain(`llamacloud-prod beta:batch list --base-url ${mock.url} --api-key any`);
      const curl = /^\s*(curl .+)$/m.exec(mock.banner)?.[1];
      expect(curl).toBeDefined();
      const body = JSON.parse(execFileSync('sh', ['-c', curl ?? 'false'], { encoding: 'utf8' }));
      expect(body.items.length).toBeGreaterThan(0);

      mock.child.kill(signal);
      expect(await mock.exited).toBe(0);
      expect(isAlive(mock.prismPid), `Prism (pid ${mock.prismPid}) still running after ${signal}`).toBe(false);
    },
    60_000,
  );

  test('--dynamic serves random schema-valid data', async () => {
    const mock = await startMock(['--dynamic', '--port', '0']);
    const validator = createSchemaValidator();
    const bodies = await Promise.all(
      [1, 2, 3].map(async () => (await fetch(`${mock.url}${listBatchJobsPath}`, { headers: AUTH })).json()),
    );
    for (const body of bodies) {
      expect(validator.validate('BatchJobQueryResponse', body)).toEqual([]);
      expect(body).not.toStrictEqual(seedExample);
    }
    mock.child.kill('SIGINT');
    expect(await mock.exited).toBe(0);
    expect(isAlive(mock.prismPid)).toBe(false);
  }, 60_000);

  test('refuses a port that is already taken instead of pointing at another server', async () => {
    const other = await startFaultServer([{ status: 200, body: {} }]);
    try {
      const port = new URL(other.url).port;
      const run = await runScript('mock.mjs', ['--port', port]);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`Port ${port} on 127.0.0.1 is already in use`);
      expect(run.stdout).toBe('');
    } finally {
      await other.close();
    }
  });

  test.each([
    ['--port abc', ['--port', 'abc'], '--port must be an integer'],
    ['--port 70000', ['--port', '70000'], '--port must be an integer'],
    ['an unknown flag', ['--fast'], "Unknown option '--fast'"],
  ])('exits 2 with usage for %s', async (_name, args, message) => {
    const run = await runScript('mock.mjs', args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain('usage: pnpm mock [--port <n>] [--dynamic] [--verbose] [--spec <path>]');
  });

  test('survives a broken save: keeps serving the last good spec, says so in one line, serves the fix', async () => {
    const { spec, good } = specCopy();
    const mock = await startMock(['--port', String(await freePort()), '--spec', spec]);
    const list = async () => (await fetch(`${mock.url}${listBatchJobsPath}`, { headers: AUTH })).json();

    // A duplicate key, saved and left for longer than Prism's reload takes.
    const field = '          description: Unique identifier for the batch job\n';
    expect(good).toContain(field);
    writeFileSync(spec, good.replace(field, field + field));
    await until(() => mock.stderr().includes('invalid YAML'), 30_000).catch((error: Error) => {
      throw new Error(
        `${error.message}; the mock ${mock.child.exitCode === null ? 'runs' : `exited (${mock.child.exitCode})`}, its stderr:\n${mock.stderr()}`,
      );
    });
    await new Promise((r) => setTimeout(r, 2000));
    expect(await list()).toStrictEqual(seedExample);
    const problems = mock
      .stderr()
      .split('\n')
      .filter((line) => line.includes('invalid YAML'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^mock: .*openapi\.yaml:\d+:\d+: invalid YAML: Map keys must be unique \(still serving the last good spec\)$/,
    );
    expect(mock.stderr()).not.toMatch(/terribly wrong|exited|^\s+at /m);

    // The fix, with a change: the served example says so.
    const example = seedExample.items[0].id as string;
    writeFileSync(spec, good.replaceAll(example, 'bjb-fixed'));
    await until(() => mock.stderr().includes('mock: serving the saved'), 30_000);
    expect((await list()).items[0].id).toBe('bjb-fixed');
    expect(isAlive(mock.prismPid)).toBe(true);
    mock.child.kill('SIGINT');
    expect(await mock.exited).toBe(0);
  }, 60_000);

  test('a save made while Prism is starting is served, not lost', async () => {
    const { spec, good } = specCopy();
    const starting = startMock(['--port', String(await freePort()), '--spec', spec]);
    // Prism takes a second or more to start; this save lands before the banner.
    const example = seedExample.items[0].id as string;
    await new Promise((r) => setTimeout(r, 300));
    writeFileSync(spec, good.replaceAll(example, 'bjb-early'));
    const mock = await starting;
    // Prism reloads the saved spec: until it answers again a request may be refused.
    const firstId = () =>
      fetch(`${mock.url}${listBatchJobsPath}`, { headers: AUTH })
        .then(async (response) => (await response.json()).items[0].id)
        .catch(() => undefined);
    const deadline = Date.now() + 20_000;
    while ((await firstId()) !== 'bjb-early') {
      expect(Date.now(), 'the early save was never served').toBeLessThan(deadline);
      await new Promise((r) => setTimeout(r, 100));
    }
    mock.child.kill('SIGINT');
    expect(await mock.exited).toBe(0);
  }, 60_000);

  test('a spec that does not parse at start is one line and exit 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mock-spec-'));
    dirs.push(dir);
    const spec = join(dir, 'openapi.yaml');
    writeFileSync(spec, `${readFileSync(specPath, 'utf8')}  bad: [\n`);
    const run = await runScript('mock.mjs', ['--port', '0', '--spec', spec]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^mock: .*openapi\.yaml:\d+:\d+: invalid YAML: [^\n]+\n$/);
    expect(run.stdout).toBe('');
  });

  test.each([
    ['by default', [], false],
    ['with --verbose', ['--verbose'], true],
  ])(
    "Prism's request log %s, and start-up prints no error line",
    async (_name, args, here) => {
      const mock = await startMock(['--port', '0', ...args]);
      // Start-up prints no error line (the readiness probe is a real operation's request).
      await new Promise((r) => setTimeout(r, 1000));
      expect(`${mock.banner}\n${mock.stderr()}`).not.toMatch(/✖|error|NO_PATH_MATCHED/i);
      expect((await fetch(`${mock.url}${listBatchJobsPath}`, { headers: AUTH })).status).toBe(200);
      const logPath = /request log: (\S+\.log)/.exec(mock.banner)?.[1];
      if (here) {
        await until(() => mock.stderr().includes('[HTTP SERVER] get /api/v1/beta/batch-processing'));
        expect(logPath).toBeUndefined();
      } else {
        expect(logPath).toBeDefined();
        await until(() =>
          readFileSync(logPath ?? '', 'utf8').includes('[HTTP SERVER] get /api/v1/beta/batch-processing'),
        );
        expect(mock.stderr()).toBe('');
      }
      mock.child.kill('SIGINT');
      expect(await mock.exited).toBe(0);
    },
    60_000,
  );
});
