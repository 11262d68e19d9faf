// Command-line entry for Node, Bun and Deno: `<runtime> run-round-trip.mjs <prism url>` prints the
// round trip's summary as one line of JSON on stdout.
import { roundTrip } from './round-trip.mjs';

const baseUrl = globalThis.Deno?.args[0] ?? globalThis.process.argv[2];
console.log(JSON.stringify(await roundTrip(baseUrl)));
