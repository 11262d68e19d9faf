// `pnpm contract <base-url>`: send representative list requests to a server through Prism's
// validating proxy and report every response that breaks spec/openapi.yaml. Exit 0 when all
// conform, 1 when any does not, 2 on wrong usage. The key comes from LLAMA_CLOUD_API_KEY only.
import { parseArgs } from 'node:util';

const USAGE = 'usage: LLAMA_CLOUD_API_KEY=<key> pnpm contract <base-url>   e.g. https://api.cloud.llamaindex.ai';

let parsed;
try {
  parsed = parseArgs({ allowPositionals: true, options: { help: { type: 'boolean', short: 'h', default: false } } });
} catch (error) {
  usageError(error.message);
}
if (parsed.values.help) {
  console.log(USAGE);
  process.exit(0);
}
const [baseUrl, ...extra] = parsed.positionals;
if (!baseUrl || extra.length > 0) usageError('Give exactly one base URL.');
if (!URL.canParse(baseUrl) || !/^https?:$/.test(new URL(baseUrl).protocol)) {
  usageError(`"${baseUrl}" is not an http(s) URL.`);
}
// biome-ignore lint/suspicious/noUndeclaredEnvVars: `pnpm contract` runs outside turbo, so no task cache depends on it.
const apiKey = process.env.LLAMA_CLOUD_API_KEY;
if (!apiKey) usageError('Set LLAMA_CLOUD_API_KEY to the key the requests should carry.');

// On Ctrl-C or `kill`, exit through process.exit so the harness's exit hook stops Prism by PID.
for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
])
  process.on(signal, () => process.exit(code));

const { runContractCheck } = await import('@llamacloud-batch/testing').catch(() => {
  console.error('The test harness is not built yet. Run `pnpm build` once, then `pnpm contract` again.');
  process.exit(1);
});

try {
  const { failed } = await runContractCheck({ baseUrl, apiKey, log: (line) => console.log(line) });
  process.exitCode = failed > 0 ? 1 : 0;
} catch (error) {
  console.error(`Contract check could not run: ${error.message.split(apiKey).join('***')}`);
  process.exitCode = 1;
}

function usageError(message) {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}
