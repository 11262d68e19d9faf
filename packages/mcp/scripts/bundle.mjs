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
// What every bin's bundle shares (format, the loader beside it) is in build-tools' bundleBin.
import { bundleBin } from '@llamacloud-batch/build-tools/bundle-bin';
// The client's generated validators as side files beside the bundle.
import { validatorSideFiles } from '@llamacloud-batch/build-tools/validator-side-files';

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

await bundleBin(new URL('..', import.meta.url), {
  plugins: [withoutAjv, withoutResponseValidation, validatorSideFiles('dist/bundle', 'node20')],
});
