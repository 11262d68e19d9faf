// Puts the built CLI's `beta:batch list --help` into README.md between the help markers, so the
// flag list there is the one the spec generated. `--check` exits 1 when the README is out of date.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const readme = new URL('../README.md', import.meta.url);
const bin = new URL('../bin/llamacloud-prod.cjs', import.meta.url);
const START = '<!-- help:start -->';
const END = '<!-- help:end -->';

const help = execFileSync(process.execPath, [bin.pathname, 'beta:batch', 'list', '--help'], {
  encoding: 'utf8',
  env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', COLUMNS: '100' },
});
const text = readFileSync(readme, 'utf8');
const start = text.indexOf(START);
const end = text.indexOf(END);
if (start < 0 || end < start) throw new Error(`README.md needs ${START} … ${END}`);
const updated = `${text.slice(0, start + START.length)}\n\n\`\`\`text\n${help.trimEnd()}\n\`\`\`\n\n${text.slice(end)}`;

if (process.argv.includes('--check')) {
  if (updated !== text) {
    console.error('packages/cli/README.md: the --help block is stale; run `node packages/cli/scripts/readme-help.mjs`');
    process.exit(1);
  }
  console.log('README --help block is up to date');
} else if (updated !== text) {
  writeFileSync(readme, updated);
  console.log('updated the --help block in README.md');
}
