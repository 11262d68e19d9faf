// Bundles the client into the package's runtime entries. The .d.ts files come from tsc in dist/.
//
// dist/bundle/ (ES modules: `import`, browsers, Deno, Bun): one module to load instead of a dozen,
// which is most of what importing the client costs. openapi-fetch and the operation model from
// @llamacloud-batch/types are bundled in too (measured: each package an import resolves and loads
// costs a few ms of start-up; unused types exports are shaken out); the validators, page walkers and
// wait loop stay lazy chunks.
//
// dist/cjs/ (CommonJS: `require`): the same code as one CommonJS file, for Node apps that require()
// it — on Node 20 a CommonJS file starts ~5 ms sooner than any ES module, about a fifth of a bare `node`
// (`pnpm bench`). The lazy parts stay lazy: the validators are side files, the page walkers are
// evaluated on first use, and wait.cjs (`@llamacloud-batch/client/wait`) is a file of its own that
// takes the error classes from index.cjs, so that `instanceof` holds across the two; folders.cjs
// (`@llamacloud-batch/client/folders`, Node only) likewise.
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { lazyRequire } from '@llamacloud-batch/build-tools/lazy-require';
import { validatorSideFiles } from '@llamacloud-batch/build-tools/validator-side-files';
import { build } from 'esbuild';

for (const dir of ['bundle', 'cjs'])
  rmSync(new URL(`../dist/${dir}`, import.meta.url), { recursive: true, force: true });

// Each SDK group's entry point (`@llamacloud-batch/client/beta/batch`, generated): ES modules only
// (Node ≥ 20.19 can require() them), sharing chunks with the main entry, so errors are one class.
const groupEntries = Object.fromEntries(
  readdirSync('src/generated/groups', { recursive: true })
    .filter((file) => String(file).endsWith('.ts'))
    .map((file) => [`groups/${String(file).slice(0, -'.ts'.length)}`, `src/generated/groups/${file}`]),
);

await build({
  entryPoints: {
    index: 'src/index.ts',
    wait: 'src/resources/wait.ts',
    folders: 'src/folders/index.ts',
    ...groupEntries,
  },
  outdir: 'dist/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'neutral',
  // Only the folders entry (Node) imports node: modules; the others stay platform-neutral.
  external: ['node:*'],
  target: 'es2022',
  sourcemap: 'linked',
  logLevel: 'warning',
});

/** Resolves imports matching `filter` to `target`, another file of the CommonJS build. */
const linkTo = (filter, target) => ({
  name: `link-to-${target}`,
  setup(build) {
    build.onResolve({ filter }, () => ({ path: target, external: true }));
  },
});

const commonjs = {
  outdir: 'dist/cjs',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  format: 'cjs',
  platform: 'neutral',
  mainFields: ['module', 'main'],
  target: 'es2022',
  minify: true,
  keepNames: true,
  sourcemap: 'linked',
  logLevel: 'warning',
};
await build({
  ...commonjs,
  entryPoints: { index: 'src/index.ts' },
  plugins: [lazyRequire(), linkTo(/^\.\/resources\/wait\.js$/, './wait.cjs'), validatorSideFiles('dist/cjs', 'es2022')],
});
await build({
  ...commonjs,
  entryPoints: { wait: 'src/resources/wait.ts' },
  plugins: [linkTo(/^\.\.\/errors\.js$/, './index.cjs')],
});
await build({
  ...commonjs,
  entryPoints: { folders: 'src/folders/index.ts' },
  external: ['node:*'],
  plugins: [linkTo(/^\.\.\/errors\.js$/, './index.cjs')],
});

// The CommonJS entries' types: the ES module declarations, re-exported from .d.cts files (TypeScript
// reads a .d.cts as CommonJS, whatever the package's "type").
writeFileSync(new URL('../dist/index.d.cts', import.meta.url), "export * from './index.js';\n");
writeFileSync(new URL('../dist/resources/wait.d.cts', import.meta.url), "export * from './wait.js';\n");
writeFileSync(new URL('../dist/folders/index.d.cts', import.meta.url), "export * from './index.js';\n");
