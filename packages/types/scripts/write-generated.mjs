// @ts-check
/**
 * Writes generated files, or with `check` writes nothing and exits 1 naming each file that differs
 * from what the spec generates (CI's freshness check). Shared by every generator of the repository.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';

/**
 * @param {Record<string, string>} outputs file name → content
 * @param {{ dir: string; check: boolean; source: string; what: string }} options
 *   `source`: the spec's path, for messages; `what`: what the files are, for the all-fresh line
 */
export function writeGenerated(outputs, { dir, check, source, what }) {
  let stale = 0;
  mkdirSync(dir, { recursive: true });
  for (const [file, content] of Object.entries(outputs)) {
    const target = resolve(dir, file);
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
