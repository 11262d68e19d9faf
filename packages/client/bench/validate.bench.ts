/** Cost of `validateResponses: true` on a 100-job page, measured side by side with it off. */
import { jobsHandler, startFaultServer } from '@llamacloud-batch/testing';
import { afterAll, bench, describe } from 'vitest';
import { createLlamaCloudClient } from '../src/index.js';

const server = await startFaultServer(jobsHandler({ total: 1000 }));
afterAll(() => server.close());

const plain = createLlamaCloudClient({ apiKey: 'bench', baseUrl: server.url });
const validating = createLlamaCloudClient({ apiKey: 'bench', baseUrl: server.url, validateResponses: true });

describe('list() of 100 jobs: validateResponses off vs on', () => {
  bench('validateResponses: false', async () => {
    await plain.beta.batch.list({ limit: 100 });
  });
  bench('validateResponses: true', async () => {
    await validating.beta.batch.list({ limit: 100 });
  });
});
