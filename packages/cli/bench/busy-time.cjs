// Preloaded (`node -r`) into each streaming contender by cli.bench.ts: at exit, writes to fd 3 how
// long the main thread was busy, in ms: start-up until the event loop began, then the loop's active
// (not idle-waiting) time. A run cannot end sooner than that however well it overlaps its waiting.
const { writeSync } = require('node:fs');
const { performance } = require('node:perf_hooks');

process.on('exit', () => {
  const { active } = performance.eventLoopUtilization();
  writeSync(3, `${Math.max(0, performance.nodeTiming.loopStart) + active}\n`);
});
