// `pnpm mock [--port <n>] [--dynamic] [--verbose] [--spec <path>]`: serve a Prism mock of the spec on
// 127.0.0.1 until Ctrl-C, printing its URL and commands to try. Needs `pnpm build` once (it uses the test harness).
// Prism serves a copy of the spec that is rewritten only when the edited spec parses, so a broken
// save is one line and the last good spec keeps being served; the fixed save is served again.
import { createWriteStream, mkdtempSync, rmSync, unwatchFile, watch, watchFile, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readSpec, SpecError } from '../packages/types/scripts/read-spec.mjs';

const USAGE = 'usage: pnpm mock [--port <n>] [--dynamic] [--verbose] [--spec <path>]';
const repoDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');

let options;
try {
  ({ values: options } = parseArgs({
    options: {
      port: { type: 'string', short: 'p', default: '4010' },
      dynamic: { type: 'boolean', short: 'd', default: false },
      verbose: { type: 'boolean', short: 'v', default: false },
      spec: { type: 'string', default: join(repoDir, 'spec/openapi.yaml') },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }));
} catch (error) {
  console.error(`${error.message}\n${USAGE}`);
  process.exit(2);
}
if (options.help) {
  console.log(`${USAGE}

  --port, -p <n>   port on 127.0.0.1 (default 4010; 0 picks a free one)
  --dynamic, -d    answer with random schema-valid data instead of the spec's examples
  --verbose, -v    print Prism's request log here (default: to a log file, named at start)
  --spec <path>    the spec to serve and watch (default spec/openapi.yaml)`);
  process.exit(0);
}
const port = Number(options.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be an integer from 0 to 65535, got "${options.port}"\n${USAGE}`);
  process.exit(2);
}
const specPath = resolve(options.spec);
const fromHere = relative(process.cwd(), specPath);
const specLabel = fromHere && !fromHere.startsWith('..') ? fromHere : specPath;

const { freePort, startPrism } = await import('@llamacloud-batch/testing').catch(() => {
  console.error('The test harness is not built yet. Run `pnpm build` once, then `pnpm mock` again.');
  process.exit(1);
});

let ready = false;

/** The spec's text when it parses, else undefined after printing why (once per distinct problem). */
let lastProblem;
function readGood() {
  try {
    const spec = readSpec(specPath, specLabel);
    lastProblem = undefined;
    return spec;
  } catch (error) {
    if (!(error instanceof SpecError)) throw error;
    if (error.message !== lastProblem)
      console.error(`mock: ${error.message}${ready ? ' (still serving the last good spec)' : ''}`);
    lastProblem = error.message;
    return undefined;
  }
}

const first = readGood();
if (!first) process.exit(1);

// Prism's readiness probe accepts any HTTP answer, so a port already taken would look like success.
if (port !== 0 && !(await isFree(port))) {
  console.error(`Port ${port} on 127.0.0.1 is already in use. Try --port <another> or --port 0 for a free one.`);
  process.exit(1);
}
const chosenPort = port === 0 ? await freePort() : port;

const copyDir = mkdtempSync(join(tmpdir(), 'llamacloud-mock-'));
const copyPath = join(copyDir, basename(specPath));
writeFileSync(copyPath, first.text);
let served = first.text;

const logPath = join(tmpdir(), `llamacloud-mock-${chosenPort}.log`);
const log = options.verbose ? undefined : createWriteStream(logPath);
// A GET without path parameters: its answer is a normal request in Prism's log, not an error.
const probePath = Object.entries(first.document.paths ?? {}).find(
  ([path, item]) => !path.includes('{') && item?.get,
)?.[0];
const probe = probePath ? { path: probePath, headers: { authorization: 'Bearer any' } } : undefined;

let reloaded;
let watcher;
function onOutput(text) {
  if (text.includes('Loading the updated operations')) reloaded?.();
  if (log) log.write(text);
  // Prism's request log goes to stderr (stdout holds only the banner), once the readiness probe is done.
  else if (ready) process.stderr.write(text);
}

const start = () =>
  startPrism({
    dynamic: options.dynamic,
    specPath: copyPath,
    port: chosenPort,
    onOutput,
    ...(probe ? { probe } : {}),
  });
let mock = await start().catch((error) => {
  console.error(error.message);
  cleanUp();
  process.exit(1);
});

ready = true;
// The watchers are armed before the banner says so: a save right after it is never missed.
// Editors save by rename or by several writes; one quiet 100 ms after the last event is one save.
let timer;
let saving = Promise.resolve();
const scheduleSave = () => {
  clearTimeout(timer);
  timer = setTimeout(() => {
    saving = saving.then(onSave);
  }, 100);
};
const cannotWatch = (error) =>
  console.error(
    `mock: cannot watch ${specLabel} (${error.code ?? error.message}): saves are not served until a restart`,
  );
try {
  watcher = watch(dirname(specPath), (_event, name) => {
    if (name && name !== basename(specPath)) return;
    scheduleSave();
  });
  // The system's inotify limits (instances, watches) can run out on a busy machine: one line, keep serving.
  watcher.on('error', cannotWatch);
} catch (error) {
  cannotWatch(error);
}
// And a poll of its mtime, size and inode: file events can be lost (a busy machine, a network or
// container mount); a save seen twice is served once (onSave compares the text with what is served).
watchFile(specPath, { interval: 500 }, (now, before) => {
  if (now.mtimeMs !== before.mtimeMs || now.size !== before.size || now.ino !== before.ino) scheduleSave();
});
// A save made while Prism was starting (before the watchers existed) is served too.
scheduleSave();

const list = `${mock.url}/api/v1/beta/batch-processing`;
console.log(`Prism mock of ${specLabel} (${options.dynamic ? 'dynamic: random valid data' : "static: the spec's examples"})
listening on ${mock.url}  (Prism pid ${mock.pid})
${log ? `request log: ${logPath}  (--verbose prints it here)` : "request log: below (Prism's, on stderr)"}
watching ${specLabel}: a save that does not parse keeps the last good spec served

Try it (any bearer key works):
  llamacloud-prod beta:batch list --base-url ${mock.url} --api-key any
    (in this repo, without installing the CLI: node packages/cli/bin/llamacloud-prod.cjs beta:batch list …)
  curl -s -H 'Authorization: Bearer any' '${list}?limit=5&status=pending'

Press Ctrl-C to stop.`);

let stopping = false;
let restarts = 0;
async function watchExit(current) {
  const code = await current.exited;
  if (stopping || current !== mock) return;
  // Prism gave up (its own reload failed): start it again from the last good copy, on the same port.
  if (++restarts > 3) {
    console.error(`mock: Prism exited with code ${code} ${restarts - 1} times; stopping (its log: ${logPath}).`);
    cleanUp();
    process.exit(1);
  }
  console.error(`mock: Prism exited with code ${code}; starting it again from the last good spec`);
  mock = await start().catch((error) => {
    console.error(`mock: ${error.message}`);
    cleanUp();
    process.exit(1);
  });
  void watchExit(mock);
}
void watchExit(mock);

/** Copies the edited spec over the served one when it parses; Prism reloads it (its watcher). */
async function onSave() {
  const good = readGood();
  if (!good || good.text === served) return;
  served = good.text;
  const done = new Promise((resolve) => {
    reloaded = resolve;
    setTimeout(resolve, 15_000);
  });
  writeFileSync(copyPath, good.text);
  await done;
  reloaded = undefined;
  if (await answers()) console.error(`mock: serving the saved ${specLabel}`);
}

async function answers() {
  for (let tries = 0; tries < 100; tries++) {
    try {
      await fetch(`${mock.url}${probe?.path ?? '/'}`, {
        headers: probe?.headers ?? {},
        signal: AbortSignal.timeout(1000),
      });
      return true;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return false;
}

function cleanUp() {
  watcher?.close();
  unwatchFile(specPath);
  log?.end();
  rmSync(copyDir, { recursive: true, force: true });
}

async function shutdown(signal) {
  if (stopping) return;
  stopping = true;
  console.error(`\n${signal}: stopping Prism (pid ${mock.pid})`);
  await mock.close();
  cleanUp();
  process.exit(0);
}
process.on('SIGINT', () => shutdown('SIGINT'));
process.on('SIGTERM', () => shutdown('SIGTERM'));

function isFree(candidate) {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(candidate, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}
