// `pnpm mock [--port <n>] [--dynamic]`: serve a Prism mock of spec/openapi.yaml on 127.0.0.1 until
// Ctrl-C, printing its URL and commands to try. Needs `pnpm build` once (it uses the test harness).
import { createServer } from 'node:net';
import { parseArgs } from 'node:util';

const USAGE = 'usage: pnpm mock [--port <n>] [--dynamic]';

let options;
try {
  ({ values: options } = parseArgs({
    options: {
      port: { type: 'string', short: 'p', default: '4010' },
      dynamic: { type: 'boolean', short: 'd', default: false },
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
  --dynamic, -d    answer with random schema-valid data instead of the spec's examples`);
  process.exit(0);
}
const port = Number(options.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be an integer from 0 to 65535, got "${options.port}"\n${USAGE}`);
  process.exit(2);
}

const { freePort, startPrism } = await import('@llamacloud-batch/testing').catch(() => {
  console.error('The test harness is not built yet. Run `pnpm build` once, then `pnpm mock` again.');
  process.exit(1);
});

// Prism's readiness probe accepts any HTTP answer, so a port already taken would look like success.
if (port !== 0 && !(await isFree(port))) {
  console.error(`Port ${port} on 127.0.0.1 is already in use. Try --port <another> or --port 0 for a free one.`);
  process.exit(1);
}

let ready = false;
const mock = await startPrism({
  dynamic: options.dynamic,
  port: port === 0 ? await freePort() : port,
  // Prism's request log goes to stderr (stdout holds only the banner), once the readiness probe is done.
  onOutput: (text) => ready && process.stderr.write(text),
}).catch((error) => {
  console.error(error.message);
  process.exit(1);
});

ready = true;
const list = `${mock.url}/api/v1/beta/batch-processing`;
console.log(`Prism mock of spec/openapi.yaml (${options.dynamic ? 'dynamic: random valid data' : "static: the spec's examples"})
listening on ${mock.url}  (Prism pid ${mock.pid})

Try it (any bearer key works):
  llamacloud-prod beta:batch list --base-url ${mock.url} --api-key any
    (in this repo, without installing the CLI: node packages/cli/bin/llamacloud-prod.cjs beta:batch list …)
  curl -s -H 'Authorization: Bearer any' '${list}?limit=5&status=pending'

Press Ctrl-C to stop.`);

let stopping = false;
async function shutdown(signal) {
  if (stopping) return;
  stopping = true;
  console.error(`\n${signal}: stopping Prism (pid ${mock.pid})`);
  await mock.close();
  process.exit(0);
}
process.on('SIGINT', () => shutdown('SIGINT'));
process.on('SIGTERM', () => shutdown('SIGTERM'));
// The loop empties only when Prism went away without being asked to.
process.on('beforeExit', () => {
  if (stopping) return;
  console.error('Prism exited unexpectedly (its log is above).');
  process.exitCode = 1;
});

function isFree(candidate) {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(candidate, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}
