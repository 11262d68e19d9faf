// The round trip through the package's ES module entry (Node, Bun and Deno by run-round-trip.mjs; the
// browser page bundles this module).
import * as api from '@llamacloud-batch/client';
import { roundTrip as steps } from './round-trip-steps.mjs';

export { runtimeName } from './round-trip-steps.mjs';

export const roundTrip = (baseUrl) => steps(baseUrl, api);
