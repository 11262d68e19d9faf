// A script that lets a connection error go uncaught: one list call to the closed port at argv[2].
import { createLlamaCloudClient } from '../../dist/bundle/index.js';

const client = createLlamaCloudClient({ apiKey: 'llx-child-key', baseUrl: process.argv[2], logLevel: 'off' });
await client.beta.batch.list({ limit: 7 });
