// esbuild plugin for the bins' bundles: src/version.ts reads package.json at run time; the bundle
// carries the version as a literal instead (no file read at start-up, nothing to resolve).
import { readFileSync } from 'node:fs';

/** @param {URL} packageJson the package.json whose version the bundle carries */
export function inlineVersion(packageJson) {
  const { version } = JSON.parse(readFileSync(packageJson, 'utf8'));
  return {
    name: 'inline-version',
    setup(build) {
      build.onLoad({ filter: /[\\/]src[\\/]version\.ts$/ }, () => ({
        contents: `export const version = ${JSON.stringify(version)};`,
        loader: 'ts',
      }));
    },
  };
}
