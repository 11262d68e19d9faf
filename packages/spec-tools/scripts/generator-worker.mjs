// @ts-check
/**
 * One generator script kept warm for `pnpm dev` (see src/warm-generators.ts): each message re-runs
 * the script under a fresh module URL, which re-evaluates only its own body, so its imports
 * (openapi-typescript alone takes about a second) load once instead of on every save.
 * Plain JavaScript beside src/ and dist/, so the same file serves the tests (src) and the bin (dist).
 */
import { pathToFileURL } from 'node:url';

const [script] = process.argv.slice(2);
if (!script || !process.send) throw new Error('usage: fork(generator-worker.mjs, [script]) with an IPC channel');
const url = pathToFileURL(script).href;
const send = process.send.bind(process);

process.on('message', async (/** @type {{ run: number, spec: string }} */ { run, spec }) => {
  process.env.LLAMACLOUD_SPEC = spec;
  try {
    await import(`${url}?run=${run}`);
    send({ run, ok: true });
  } catch (error) {
    send({ run, ok: false, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
  }
});
// The dev loop went away: nothing left to run for.
process.on('disconnect', () => process.exit(0));
