// Bundles the server into one CommonJS file, dist/bundle/main.cjs, with esbuild — the MCP SDK and
// the client included — so that `llamacloud-mcp` starts close to a bare `node`: no module resolution
// at start-up, and Node 20 loads one CommonJS file sooner than the same code as ES modules (see
// packages/cli/scripts/bundle.mjs). `--http` loads its transport through import(), which esbuild keeps
// lazy inside the bundle: a stdio server never evaluates it. Being bundled, the SDK is a devDependency:
// installing the package does not pull in its HTTP frameworks.
// Two modules this server never runs are left out (~20 ms of CPU time at start-up together, of ~95):
// - the SDK's Ajv validator, which its Server builds up front for elicitation (never used here);
// - the client's response validators, loaded only with `validateResponses: true` (never set here).
// Each is replaced by a stub that throws if it is ever reached, so a change that needs one fails loudly.
import { rmSync } from 'node:fs';
import { copyLoader } from '@llamacloud-batch/build-tools/copy-loader';
import { inlineVersion } from '@llamacloud-batch/build-tools/inline-version';
import { lazyRequire } from '@llamacloud-batch/build-tools/lazy-require';
import { build } from 'esbuild';
// Build tooling shared with the CLI's bundle: the client's body validators as a side file.
import { validatorSideFiles } from '../../client/scripts/validator-side-files.mjs';

rmSync(new URL('../dist/bundle', import.meta.url), { recursive: true, force: true });

/** Replaces the modules whose resolved path matches `filter` with `contents`. */
const stub = (name, filter, contents) => ({
  name,
  setup(build) {
    build.onResolve({ filter }, ({ path }) => ({ path, namespace: name }));
    build.onLoad({ filter: /.*/, namespace: name }, () => ({ contents, loader: 'js' }));
  },
});
const notBundled = (what) => `throw new Error('llamacloud-mcp is bundled without ${what}')`;
const withoutAjv = stub(
  'without-ajv',
  /[\\/]validation[\\/]ajv-provider\.js$/,
  `export class AjvJsonSchemaValidator { getValidator() { ${notBundled('JSON Schema validation (elicitation)')} } }`,
);
const withoutResponseValidation = stub(
  'without-response-validation',
  /[\\/]response-validation-[A-Z0-9]+\.js$/,
  `export function assertValidResponse() { ${notBundled('response validation (validateResponses)')} }`,
);

await build({
  entryPoints: { main: 'src/main.ts' },
  outdir: 'dist/bundle',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  minify: true,
  sourcemap: 'linked',
  plugins: [
    lazyRequire(),
    inlineVersion(new URL('../package.json', import.meta.url)),
    withoutAjv,
    withoutResponseValidation,
    validatorSideFiles('dist/bundle', 'node20'),
  ],
  logLevel: 'warning',
  // The client's lazy chunks import a shared chunk for order only, under `sideEffects: false`: nothing is lost.
  logOverride: { 'ignored-bare-import': 'silent' },
});

copyLoader(new URL('../dist/bundle/', import.meta.url));
