// Uploads the file at argv[3] to the server at argv[2] with the built client, streamed from disk
// (fs.openAsBlob), and prints {"id": …, "maxRssMb": …}: the memory test reads the peak RSS.
import { openAsBlob } from 'node:fs';
import { basename } from 'node:path';
import { createLlamaCloudClient } from '../../dist/index.js';

const [baseUrl, path] = process.argv.slice(2);
const client = createLlamaCloudClient({
  apiKey: 'llx-test-key',
  baseUrl,
  logLevel: 'off',
  maxRetries: 0,
  timeout: 120_000,
});
const file = new File([await openAsBlob(path)], basename(path), { type: 'application/octet-stream' });
const answer = await client.beta.directories.files.upload('dir-1', { upload_file: file });
process.stdout.write(JSON.stringify({ id: answer.id, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
