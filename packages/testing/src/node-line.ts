import { execFileSync } from 'node:child_process';

/**
 * The path of a Node binary of another release line, from the npm registry's `node` package (npx
 * keeps it in its cache). Call it by that path: run under `npx -p node@N`, every child would inherit
 * npm_config_package and its own `npx` calls would break.
 */
export function nodeLineBinary(major: number): string {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key) && key !== 'NODE_OPTIONS'),
  );
  return execFileSync('npx', ['-y', '-p', `node@${major}`, '--', 'node', '-p', 'process.execPath'], {
    encoding: 'utf8',
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trim();
}
