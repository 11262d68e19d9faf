// Writes the tool list into README.md between <!-- tools:start --> and <!-- tools:end -->, from the
// built package's toolsFor() over the generated operation model: the same call the server makes, so
// the README cannot list a tool the server does not offer. `--check` exits 1 when it is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { operationHelp, operationHints, operationModel } from '@llamacloud-batch/types';
import { operationInputSchemas } from '@llamacloud-batch/types/schemas';
import { toolName, toolsFor } from '../dist/index.js';

const readme = new URL('../README.md', import.meta.url);
const START = '<!-- tools:start -->';
const END = '<!-- tools:end -->';

function toolTable() {
  const tools = new Map(
    toolsFor(operationModel, operationHelp, operationHints, operationInputSchemas, {
      allowWrites: true,
      allowFiles: true,
    }).map((tool) => [tool.name, tool]),
  );
  const rows = Object.values(operationModel).map((operation) => {
    const tool = tools.get(toolName(operation));
    const { readOnlyHint, destructiveHint, idempotentHint } = tool.annotations;
    const uploads = (operation.body?.fields ?? []).some((field) => field.file);
    const flags = uploads ? '`--allow-writes --allow-files <folder>`' : '`--allow-writes`';
    const offered = readOnlyHint
      ? 'always (read-only)'
      : `with ${flags} (${destructiveHint ? 'destructive' : 'changes data'}${idempotentHint ? ', idempotent' : ''})`;
    const inputs = Object.keys(tool.inputSchema.properties)
      .map((name) => (tool.inputSchema.required?.includes(name) ? `**${name}**` : name))
      .join(', ');
    return [`\`${tool.name}\``, tool.title, `\`${operation.method.toUpperCase()} ${operation.path}\``, inputs, offered];
  });
  return markdownTable(['tool', 'what it does', 'request', 'arguments (**required**)', 'offered'], rows);
}

/** A table with padded columns, as Biome formats Markdown (so `pnpm check` leaves it alone). */
function markdownTable(header, rows) {
  const widths = header.map((title, column) => Math.max(title.length, 3, ...rows.map((row) => row[column].length)));
  const line = (cells) => `| ${cells.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

const text = readFileSync(readme, 'utf8');
const from = text.indexOf(START);
const to = text.indexOf(END);
if (from < 0 || to < from) throw new Error(`README.md needs ${START} … ${END}`);
const updated = `${text.slice(0, from + START.length)}\n\n${toolTable()}\n\n${text.slice(to)}`;

if (process.argv.includes('--check')) {
  if (updated !== text) {
    console.error('packages/mcp/README.md: the tool list is stale; run `node packages/mcp/scripts/readme-tools.mjs`');
    process.exit(1);
  }
  console.log('README tool list is up to date');
} else if (updated !== text) {
  writeFileSync(readme, updated);
  console.log('updated the tool list in README.md');
}
