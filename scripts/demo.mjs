// The README's main job, after `pnpm build`: serve a Prism mock of the spec on a free local port,
// list batch jobs from it through the built CLI (no account needed), then stop the mock.
import { spawn } from 'node:child_process';
import { startPrism } from '@llamacloud-batch/testing';

// On Ctrl-C or `kill`, exit through process.exit so the harness's exit hook stops Prism by PID.
for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
])
  process.on(signal, () => process.exit(code));

const mock = await startPrism();
try {
  console.error(`Prism mock of spec/openapi.yaml at ${mock.url}`);
  console.error(`$ llamacloud-prod beta:batch list --base-url ${mock.url} --api-key demo-key --format pretty\n`);
  const code = await new Promise((resolve) => {
    const cli = spawn(
      process.execPath,
      [
        'packages/cli/bin/llamacloud-prod.cjs',
        'beta:batch',
        'list',
        '--base-url',
        mock.url,
        '--api-key',
        'demo-key',
        '--format',
        'pretty',
      ],
      { stdio: 'inherit' },
    );
    cli.on('exit', (exitCode) => resolve(exitCode ?? 1));
  });
  process.exitCode = code;
} finally {
  await mock.close();
}
