// An esbuild plugin for bundling the client into ONE CommonJS file (the CLI and the MCP server do):
// the client's generated validator chunks — hundreds of kB of Ajv output — become side files next to
// the bundle (`request-validators.cjs`, `response-validators.cjs`), required only when a body (or a
// response) is first validated, instead of being parsed at every start of the command.
// The chunks hold plain functions and no class of ours, so their own copies of the helpers they use
// (formats, schema runtime) change nothing.
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

const CHUNK = /(request|response)-validators-[A-Z0-9]+\.js$/;

/** `outdir`: where the bundle goes (the side files go beside it); `target`: esbuild's target. */
export function validatorSideFiles(outdir, target) {
  return {
    name: 'validator-side-files',
    setup(bundle) {
      const chunks = new Map();
      bundle.onResolve({ filter: CHUNK }, ({ path, resolveDir }) => {
        const kind = CHUNK.exec(path)?.[1];
        chunks.set(kind, resolve(resolveDir, path));
        return { path: `./${kind}-validators.cjs`, external: true };
      });
      bundle.onEnd(async (result) => {
        if (result.errors.length > 0) return;
        await Promise.all(
          [...chunks].map(([kind, source]) =>
            build({
              entryPoints: [source],
              outfile: join(outdir, `${kind}-validators.cjs`),
              bundle: true,
              format: 'cjs',
              platform: 'node',
              target,
              minify: true,
              logLevel: 'warning',
            }),
          ),
        );
      });
    },
  };
}
