// An esbuild plugin for bundling the client into ONE CommonJS file (the CLI and the MCP server do):
// the client's generated validator chunks — hundreds of kB of Ajv output — become side files next to
// the bundle (`request-validators.cjs`, `response-validators.cjs`), required only when a body (or a
// response) is first validated, instead of being parsed at every start of the command.
// The chunks hold plain functions and no class of ours, so their own copies of the helpers they use
// (formats, schema runtime) change nothing.
// The client's own CommonJS build (its scripts/bundle.mjs) uses it the same way, from src/generated/.
import { join } from 'node:path';
import { build } from 'esbuild';
import { isPast, resolvePast } from './resolve-past.mjs';

/** A chunk of the client's ES module bundle (`request-validators-HASH.js`) or the generated source. */
const CHUNK = /(request|response)-validators(-[A-Z0-9]+)?\.js$/;
const RESOLVING = 'validator-side-files';

/** `outdir`: where the bundle goes (the side files go beside it); `target`: esbuild's target. */
export function validatorSideFiles(outdir, target) {
  return {
    name: 'validator-side-files',
    setup(bundle) {
      const chunks = new Map();
      bundle.onResolve({ filter: CHUNK }, async (args) => {
        if (isPast(args, RESOLVING)) return undefined;
        const found = await resolvePast(bundle, args, RESOLVING);
        if (found.errors.length > 0) return { errors: found.errors };
        const which = CHUNK.exec(args.path)?.[1];
        chunks.set(which, found.path);
        return { path: `./${which}-validators.cjs`, external: true };
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
