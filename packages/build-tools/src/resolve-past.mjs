// For esbuild plugins that stand in for an import only after seeing how it would resolve otherwise.

/**
 * Resolves `args` as the build would without the plugin named `mark`: the plugin's own onResolve
 * sees the mark and steps aside. Marks already on `args` are kept, so two plugins that both do this
 * (lazyRequire and validatorSideFiles) never send an import back and forth between them.
 * @param {import('esbuild').PluginBuild} build
 * @param {import('esbuild').OnResolveArgs} args
 * @param {string} mark
 */
export function resolvePast(build, args, mark) {
  const { path, kind, importer, namespace, resolveDir, pluginData } = args;
  return build.resolve(path, { kind, importer, namespace, resolveDir, pluginData: { ...pluginData, [mark]: true } });
}

/** Whether `args` comes from resolvePast(…, mark). */
export const isPast = (args, mark) => Boolean(args.pluginData?.[mark]);
