// Puts the shared bundle loader (load-bundle.cjs) beside a bin's bundle, where its bin requires it.
import { copyFileSync } from 'node:fs';

/** @param {URL} bundleDir the bundle's output folder, e.g. new URL('../dist/bundle/', import.meta.url) */
export function copyLoader(bundleDir) {
  copyFileSync(new URL('./load-bundle.cjs', import.meta.url), new URL('load-bundle.cjs', bundleDir));
}
