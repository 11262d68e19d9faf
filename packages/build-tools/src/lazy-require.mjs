// esbuild plugin for the bins' CommonJS bundles: every lazy `import()` of something left outside the
// bundle (a dependency loaded on demand, the client's validator side files) becomes a `require()`
// made at that same moment. The bins compile their bundle through vm.Script to reuse V8's code cache
// on Node 20 (load-bundle.cjs), and there an import() cannot work: Node 20 loses the script's import
// hook for code that comes from the cache (ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING on the second run),
// and without the cache it warns that the hook is experimental. require() has neither problem; an ES
// module dependency is loaded by Node's require(esm) (Node ≥ 20.19, the engines floor).
// The build fails if any import() of an outside module is left in the output.

import { isPast, resolvePast } from './resolve-past.mjs';

const NAMESPACE = 'lazy-require';

export function lazyRequire() {
  return {
    name: 'lazy-require',
    setup(build) {
      build.initialOptions.metafile = true;
      build.onResolve({ filter: /.*/ }, async (args) => {
        if (args.kind !== 'dynamic-import' || isPast(args, NAMESPACE)) return undefined;
        const resolved = await resolvePast(build, args, NAMESPACE);
        if (resolved.errors.length > 0 || !resolved.external) return undefined;
        // Named .cjs, whatever `x` is, so that esbuild treats the stand-in as CommonJS.
        return { path: `${resolved.path}.cjs`, namespace: NAMESPACE, pluginData: { specifier: resolved.path } };
      });
      // import('x') → a bundled module that requires 'x' when the import() runs.
      build.onLoad({ filter: /.*/, namespace: NAMESPACE }, ({ pluginData }) => ({
        contents: `module.exports = require(${JSON.stringify(pluginData.specifier)});`,
        loader: 'js',
      }));
      build.onResolve({ filter: /.*/, namespace: NAMESPACE }, ({ path }) => ({ path, external: true }));
      build.onEnd((result) => {
        const errors = Object.entries(result.metafile?.outputs ?? {}).flatMap(([file, output]) => {
          const left = output.imports.filter((entry) => entry.kind === 'dynamic-import' && entry.external);
          if (left.length === 0) return [];
          const paths = left.map((entry) => entry.path).join(', ');
          return [{ text: `${file} still has import() of ${paths}: a bin's bundle must load it with require()` }];
        });
        return { errors };
      });
    },
  };
}
