// Writes the CLI manual from the built CLI's command tree and the operation model (src/manual.ts):
//   docs/<page>.md   one Markdown page per command, and llamacloud-prod.md for the CLI itself
//   man/<page>.1     the same pages as man pages (`man llamacloud-prod-beta-batch-list` after a
//                    global install: package.json's `man` field lists them, kept in step here)
// A page for a command that no longer exists is removed. `--check` writes nothing and exits 1 when
// a page, a leftover page or the `man` field differs (CI's freshness check; needs `pnpm build`).
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const built = resolve(packageDir, 'dist/manual.js');
if (!existsSync(built)) {
  console.error(
    'packages/cli/dist/manual.js is missing: run `pnpm build` first (the manual is read from the built CLI).',
  );
  process.exit(2);
}
const { manualPages, toMarkdown, toRoff } = await import(built);
const check = process.argv.includes('--check');
const manifestPath = resolve(packageDir, 'package.json');
const manifestText = readFileSync(manifestPath, 'utf8');
const manifest = JSON.parse(manifestText);

const HEADER =
  'generated — do not edit. Source: the CLI command tree and spec/openapi.yaml. Regenerate with `pnpm generate`; CI fails when this file is stale.';

const pages = manualPages(manifest.version);
/** @type {Map<string, string>} path relative to the package → content */
const outputs = new Map();
for (const page of pages) {
  outputs.set(`docs/${page.name}.md`, toMarkdown(page, HEADER));
  outputs.set(`man/${page.name}.1`, toRoff(page, HEADER, manifest.version));
}
const man = pages.map((page) => `./man/${page.name}.1`);
const updatedManifest = `${JSON.stringify({ ...manifest, man }, null, 2)}\n`;

const problems = [];
for (const [file, content] of outputs) {
  const target = resolve(packageDir, file);
  const current = existsSync(target) ? readFileSync(target, 'utf8') : null;
  if (current === content) continue;
  if (check) problems.push(`stale: packages/cli/${file}`);
  else {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
    console.log(`wrote packages/cli/${file}`);
  }
}
for (const dir of ['docs', 'man']) {
  const full = resolve(packageDir, dir);
  if (!existsSync(full)) continue;
  for (const file of readdirSync(full)) {
    if (outputs.has(`${dir}/${file}`)) continue;
    if (check) problems.push(`leftover: packages/cli/${dir}/${file} (no such command any more)`);
    else {
      rmSync(resolve(full, file));
      console.log(`removed packages/cli/${dir}/${file}`);
    }
  }
}
if (updatedManifest !== manifestText) {
  if (check) problems.push('stale: the `man` field of packages/cli/package.json');
  else {
    writeFileSync(manifestPath, updatedManifest);
    console.log('updated the `man` field of packages/cli/package.json');
  }
}
if (check) {
  if (problems.length) {
    for (const problem of problems) console.error(problem);
    console.error('Run `pnpm generate` (after `pnpm build`) and commit the result.');
    process.exit(1);
  }
  console.log(
    `the CLI manual (${pages.length} pages, ${relative(process.cwd(), packageDir) || '.'}/docs and man) is up to date`,
  );
}
