// Command-line entry for Node through the package's CommonJS entry (`require`):
// `node run-round-trip.cjs <prism url>` prints the round trip's summary as one line of JSON on stdout,
// with the file require() loaded the package from.
'use strict';
const { basename } = require('node:path');

const api = require('@llamacloud-batch/client');

import('./round-trip-steps.mjs').then(async ({ roundTrip }) => {
  const summary = await roundTrip(process.argv[2], api);
  console.log(JSON.stringify({ ...summary, entry: basename(require.resolve('@llamacloud-batch/client')) }));
});
