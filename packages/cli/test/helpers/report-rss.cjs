// Preloaded with `node --require` by the memory test: writes the process's peak RSS (kB) to $REPORT_RSS at exit.
const { writeFileSync } = require('node:fs');

process.on('exit', () => {
  if (process.env.REPORT_RSS) writeFileSync(process.env.REPORT_RSS, String(process.resourceUsage().maxRSS));
});
