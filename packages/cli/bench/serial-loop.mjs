// The simplest way to dump every job as JSON lines: fetch a page, write its lines, repeat until a
// short page. The CLI's `--all --format jsonl` is measured against this (usage: node serial-loop.mjs <url> <limit>).
const [baseUrl, limitArg = '50'] = process.argv.slice(2);
const limit = Number(limitArg);
for (let offset = 0; ; offset += limit) {
  const response = await fetch(`${baseUrl}/api/v1/beta/batch-processing?limit=${limit}&offset=${offset}`, {
    headers: { Authorization: 'Bearer bench-key' },
  });
  const page = await response.json();
  let lines = '';
  for (const item of page.items) lines += `${JSON.stringify(item)}\n`;
  if (!process.stdout.write(lines)) await new Promise((resolve) => process.stdout.once('drain', resolve));
  if (page.items.length < limit) break;
}
