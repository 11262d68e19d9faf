// @ts-check
/**
 * Writes generated files, or with `check` writes nothing and exits 1 naming each file that differs
 * from what the spec generates (CI's freshness check). Shared by every generator of the repository.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';

/**
 * @param {Record<string, string>} outputs file name → content
 * @param {{ dir: string; check: boolean; source: string; what: string; prune?: boolean }} options
 *   `source`: the spec's path, for messages; `what`: what the files are, for the all-fresh line;
 *   `prune`: `dir` holds these outputs only, so any other file in it is stale (deleted when writing)
 */
export function writeGenerated(outputs, { dir, check, source, what, prune = false }) {
  let stale = 0;
  mkdirSync(dir, { recursive: true });
  if (prune) {
    const wanted = new Set(Object.keys(outputs).map((file) => resolve(dir, file)));
    for (const file of readdirSync(dir, { recursive: true, withFileTypes: true })) {
      const path = resolve(file.parentPath, file.name);
      if (!file.isFile() || wanted.has(path)) continue;
      stale++;
      if (check)
        console.error(
          `stale: ${relative(process.cwd(), path)} is not generated from ${relative(process.cwd(), source)} any more`,
        );
      else {
        rmSync(path);
        console.log(`deleted ${relative(process.cwd(), path)}`);
      }
    }
  }
  for (const [file, content] of Object.entries(outputs)) {
    const target = resolve(dir, file);
    mkdirSync(dirname(target), { recursive: true });
    let current = null;
    try {
      current = readFileSync(target, 'utf8');
    } catch {}
    if (current === content) continue;
    if (check) {
      stale++;
      console.error(
        `stale: ${relative(process.cwd(), target)} differs from what ${relative(process.cwd(), source)} generates`,
      );
    } else {
      writeFileSync(target, content);
      console.log(`wrote ${relative(process.cwd(), target)}`);
    }
  }
  if (check && stale > 0) {
    console.error('Run `pnpm generate` and commit the result.');
    process.exit(1);
  }
  if (check) console.log(`${what} are up to date`);
}
