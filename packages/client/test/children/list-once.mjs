// Lists one page from the server at argv[2] with the built client and prints {"items": n} or {"error": name}.
// A child process, so it can start with NODE_EXTRA_CA_CERTS trusting a test certificate.
import { createLlamaCloudClient } from '../../dist/index.js';

const [baseUrl, apiKey] = process.argv.slice(2);
const client = createLlamaCloudClient({ apiKey, baseUrl, logLevel: 'off', maxRetries: 0, timeout: 5_000 });
try {
  const page = await client.beta.batch.list();
  process.stdout.write(JSON.stringify({ items: page.items.length }));
} catch (error) {
  process.stdout.write(JSON.stringify({ error: error.name, message: error.message }));
}
