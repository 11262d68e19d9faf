// `pnpm contract <base-url> [--param name=value]… [--include-writes]`: send representative requests
// for every operation of the spec to a server through Prism's validating proxy and report every
// response that breaks spec/openapi.yaml. Read-only unless --include-writes. Exit 0 when all
// conform, 1 when any does not, 2 on wrong usage. The key comes from LLAMA_CLOUD_API_KEY only.
import { parseArgs } from 'node:util';

const USAGE =
  'usage: LLAMA_CLOUD_API_KEY=<key> pnpm contract <base-url> [--param name=value]… [--include-writes]   e.g. https://api.cloud.llamaindex.ai';
const HELP = `${USAGE}

  --param name=value   a path parameter's value (e.g. job_id=bjb-…) instead of one found in a list,
                       or a query parameter (e.g. project_id=…) added to every request that takes it;
                       repeatable
  --include-writes     also send the operations with side effects (creates, cancel): they create and
                       cancel real jobs on the server; never done by default`;

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      param: { type: 'string', multiple: true, default: [] },
      'include-writes': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
} catch (error) {
  usageError(error.message);
}
if (parsed.values.help) {
  console.log(HELP);
  process.exit(0);
}
const [baseUrl, ...extra] = parsed.positionals;
if (!baseUrl || extra.length > 0) usageError('Give exactly one base URL.');
if (!URL.canParse(baseUrl) || !/^https?:$/.test(new URL(baseUrl).protocol)) {
  usageError(`"${baseUrl}" is not an http(s) URL.`);
}
const params = {};
for (const pair of parsed.values.param) {
  const match = /^([^=]+)=(.+)$/.exec(pair);
  if (!match) usageError(`--param "${pair}" is not name=value, e.g. --param job_id=bjb-123.`);
  params[match[1]] = match[2];
}
const includeWrites = parsed.values['include-writes'];
// biome-ignore lint/suspicious/noUndeclaredEnvVars: `pnpm contract` runs outside turbo, so no task cache depends on it.
const apiKey = process.env.LLAMA_CLOUD_API_KEY;
if (!apiKey) usageError('Set LLAMA_CLOUD_API_KEY to the key the requests should carry.');

// On Ctrl-C or `kill`, exit through process.exit so the harness's exit hook stops Prism by PID.
for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
])
  process.on(signal, () => process.exit(code));

const { representativeRequests, runContractCheck } = await import('@llamacloud-batch/testing').catch(() => {
  console.error('The test harness is not built yet. Run `pnpm build` once, then `pnpm contract` again.');
  process.exit(1);
});

try {
  representativeRequests({ params }); // an unknown --param name is a usage error, found before Prism starts
} catch (error) {
  usageError(error.message);
}

try {
  const { failed } = await runContractCheck({
    baseUrl,
    apiKey,
    params,
    includeWrites,
    log: (line) => console.log(line),
  });
  process.exitCode = failed > 0 ? 1 : 0;
} catch (error) {
  console.error(`Contract check could not run: ${error.message.split(apiKey).join('***')}`);
  process.exitCode = 1;
}

function usageError(message) {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}
