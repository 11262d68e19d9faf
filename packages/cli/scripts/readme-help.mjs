// Puts the built CLI's own help into README.md between markers, so the command list and the flag
// list there are the ones the spec generated:
//   <!-- commands:start --> … <!-- commands:end -->   `llamacloud-prod --help` (every command)
//   <!-- help:start --> … <!-- help:end -->           `llamacloud-prod beta:batch list --help`
// `--check` exits 1 when the README is out of date.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const readme = new URL('../README.md', import.meta.url);
const bin = new URL('../bin/llamacloud-prod.cjs', import.meta.url);
const BLOCKS = [
  { name: 'commands', args: ['--help'] },
  { name: 'help', args: ['beta:batch', 'list', '--help'] },
];

function help(args) {
  return execFileSync(process.execPath, [bin.pathname, ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', COLUMNS: '100' },
  });
}

const text = readFileSync(readme, 'utf8');
let updated = text;
for (const { name, args } of BLOCKS) {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = updated.indexOf(start);
  const to = updated.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README.md needs ${start} … ${end}`);
  updated = `${updated.slice(0, from + start.length)}\n\n\`\`\`text\n${help(args).trimEnd()}\n\`\`\`\n\n${updated.slice(to)}`;
}

if (process.argv.includes('--check')) {
  if (updated !== text) {
    console.error('packages/cli/README.md: a --help block is stale; run `node packages/cli/scripts/readme-help.mjs`');
    process.exit(1);
  }
  console.log('README --help blocks are up to date');
} else if (updated !== text) {
  writeFileSync(readme, updated);
  console.log('updated the --help blocks in README.md');
}
