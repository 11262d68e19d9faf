/**
 * generated — do not edit.
 * Source: spec/openapi.yaml. Regenerate with `pnpm generate`; CI fails when this file is stale.
 */
/* biome-ignore-all lint: generated code */

/**
 * A CLI, a TypeScript and a curl sample per operation, from the operation model and the spec's
 * examples (packages/types/scripts/code-samples.mjs): the docs' x-codeSamples, the CLI's Examples.
 */
export const operationSamples = {
  "beta.batch.list": {
    "cli": "llamacloud-prod beta:batch list --job-type parse",
    "typescript": "import { createLlamaCloudClient } from '@llamacloud-batch/client';\n\n// Reads the API key from LLAMA_CLOUD_API_KEY.\nconst client = createLlamaCloudClient();\n\nconst page = await client.beta.batch.list({ job_type: 'parse' });\nconsole.log(page.items);",
    "curl": "curl -X GET 'https://api.cloud.llamaindex.ai/api/v1/beta/batch-processing?job_type=parse' \\\n  -H \"Authorization: Bearer $LLAMA_CLOUD_API_KEY\""
  },
  "beta.batch.create": {
    "cli": "llamacloud-prod beta:batch create \\\n  --job-config '{\n    \"job_name\": \"parse_raw_file_job\",\n    \"parameters\": {\n      \"type\": \"parse\",\n      \"lang\": \"en\",\n      \"premium_mode\": true\n    },\n    \"partitions\": {}\n  }' \\\n  --directory-id dir-aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee",
    "typescript": "import { createLlamaCloudClient } from '@llamacloud-batch/client';\n\n// Reads the API key from LLAMA_CLOUD_API_KEY.\nconst client = createLlamaCloudClient();\n\nconst result = await client.beta.batch.create({\n  job_config: {\n    job_name: 'parse_raw_file_job',\n    parameters: { type: 'parse', lang: 'en', premium_mode: true },\n    partitions: {},\n  },\n  directory_id: 'dir-aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',\n});\nconsole.log(result);",
    "curl": "curl -X POST https://api.cloud.llamaindex.ai/api/v1/beta/batch-processing \\\n  -H \"Authorization: Bearer $LLAMA_CLOUD_API_KEY\" \\\n  -H 'Content-Type: application/json' \\\n  -d '{\"job_config\":{\"job_name\":\"parse_raw_file_job\",\"parameters\":{\"type\":\"parse\",\"lang\":\"en\",\"premium_mode\":true},\"partitions\":{}},\"directory_id\":\"dir-aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee\"}'"
  },
  "beta.batch.getStatus": {
    "cli": "llamacloud-prod beta:batch get-status \\\n  --job-id bjb-11111111-2222-3333-4444-555555555555",
    "typescript": "import { createLlamaCloudClient } from '@llamacloud-batch/client';\n\n// Reads the API key from LLAMA_CLOUD_API_KEY.\nconst client = createLlamaCloudClient();\n\nconst result = await client.beta.batch.getStatus('bjb-11111111-2222-3333-4444-555555555555');\nconsole.log(result);",
    "curl": "curl -X GET https://api.cloud.llamaindex.ai/api/v1/beta/batch-processing/bjb-11111111-2222-3333-4444-555555555555 \\\n  -H \"Authorization: Bearer $LLAMA_CLOUD_API_KEY\""
  },
  "beta.batch.cancel": {
    "cli": "llamacloud-prod beta:batch cancel \\\n  --job-id bjb-11111111-2222-3333-4444-555555555555 --yes",
    "typescript": "import { createLlamaCloudClient } from '@llamacloud-batch/client';\n\n// Reads the API key from LLAMA_CLOUD_API_KEY.\nconst client = createLlamaCloudClient();\n\nconst result = await client.beta.batch.cancel('bjb-11111111-2222-3333-4444-555555555555');\nconsole.log(result);",
    "curl": "curl -X POST https://api.cloud.llamaindex.ai/api/v1/beta/batch-processing/bjb-11111111-2222-3333-4444-555555555555/cancel \\\n  -H \"Authorization: Bearer $LLAMA_CLOUD_API_KEY\" \\\n  -H 'Content-Type: application/json' \\\n  -d '{}'"
  },
  "beta.batch.jobItems.list": {
    "cli": "llamacloud-prod beta:batch:job-items list \\\n  --job-id bjb-11111111-2222-3333-4444-555555555555 --status pending",
    "typescript": "import { createLlamaCloudClient } from '@llamacloud-batch/client';\n\n// Reads the API key from LLAMA_CLOUD_API_KEY.\nconst client = createLlamaCloudClient();\n\nconst page = await client.beta.batch.jobItems.list(\n  'bjb-11111111-2222-3333-4444-555555555555',\n  { status: 'pending' },\n);\nconsole.log(page.items);",
    "curl": "curl -X GET 'https://api.cloud.llamaindex.ai/api/v1/beta/batch-processing/bjb-11111111-2222-3333-4444-555555555555/items?status=pending' \\\n  -H \"Authorization: Bearer $LLAMA_CLOUD_API_KEY\""
  },
  "beta.batch.jobItems.getProcessingResults": {
    "cli": "llamacloud-prod beta:batch:job-items get-processing-results \\\n  --item-id dfl-11111111-aaaa-bbbb-cccc-000000000001 --job-type parse",
    "typescript": "import { createLlamaCloudClient } from '@llamacloud-batch/client';\n\n// Reads the API key from LLAMA_CLOUD_API_KEY.\nconst client = createLlamaCloudClient();\n\nconst result = await client.beta.batch.jobItems.getProcessingResults(\n  'dfl-11111111-aaaa-bbbb-cccc-000000000001',\n  { job_type: 'parse' },\n);\nconsole.log(result);",
    "curl": "curl -X GET 'https://api.cloud.llamaindex.ai/api/v1/beta/batch-processing/items/dfl-11111111-aaaa-bbbb-cccc-000000000001/processing-results?job_type=parse' \\\n  -H \"Authorization: Bearer $LLAMA_CLOUD_API_KEY\""
  },
  "batches.list": {
    "cli": "llamacloud-prod batches list --status PENDING",
    "typescript": "import { createLlamaCloudClient } from '@llamacloud-batch/client';\n\n// Reads the API key from LLAMA_CLOUD_API_KEY.\nconst client = createLlamaCloudClient();\n\nconst page = await client.batches.list({ status: 'PENDING' });\nconsole.log(page.items);",
    "curl": "curl -X GET 'https://api.cloud.llamaindex.ai/api/v2/batches?status=PENDING' \\\n  -H \"Authorization: Bearer $LLAMA_CLOUD_API_KEY\""
  },
  "batches.create": {
    "cli": "llamacloud-prod batches create \\\n  --config '{\n    \"job\": {\n      \"configuration_id\": \"cfg-PARSE_AGENTIC\",\n      \"type\": \"parse_v2\"\n    }\n  }' \\\n  --source-directory-id dir-aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee",
    "typescript": "import { createLlamaCloudClient } from '@llamacloud-batch/client';\n\n// Reads the API key from LLAMA_CLOUD_API_KEY.\nconst client = createLlamaCloudClient();\n\nconst result = await client.batches.create({\n  config: {\n    job: { configuration_id: 'cfg-PARSE_AGENTIC', type: 'parse_v2' },\n  },\n  source_directory_id: 'dir-aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',\n});\nconsole.log(result);",
    "curl": "curl -X POST https://api.cloud.llamaindex.ai/api/v2/batches \\\n  -H \"Authorization: Bearer $LLAMA_CLOUD_API_KEY\" \\\n  -H 'Content-Type: application/json' \\\n  -d '{\"config\":{\"job\":{\"configuration_id\":\"cfg-PARSE_AGENTIC\",\"type\":\"parse_v2\"}},\"source_directory_id\":\"dir-aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee\"}'"
  },
  "batches.get": {
    "cli": "llamacloud-prod batches get \\\n  --batch-id bat-11111111-2222-3333-4444-555555555555",
    "typescript": "import { createLlamaCloudClient } from '@llamacloud-batch/client';\n\n// Reads the API key from LLAMA_CLOUD_API_KEY.\nconst client = createLlamaCloudClient();\n\nconst result = await client.batches.get('bat-11111111-2222-3333-4444-555555555555');\nconsole.log(result);",
    "curl": "curl -X GET https://api.cloud.llamaindex.ai/api/v2/batches/bat-11111111-2222-3333-4444-555555555555 \\\n  -H \"Authorization: Bearer $LLAMA_CLOUD_API_KEY\""
  },
  "batches.cancel": {
    "cli": "llamacloud-prod batches cancel \\\n  --batch-id bat-11111111-2222-3333-4444-555555555555 --yes",
    "typescript": "import { createLlamaCloudClient } from '@llamacloud-batch/client';\n\n// Reads the API key from LLAMA_CLOUD_API_KEY.\nconst client = createLlamaCloudClient();\n\nconst result = await client.batches.cancel('bat-11111111-2222-3333-4444-555555555555');\nconsole.log(result);",
    "curl": "curl -X POST https://api.cloud.llamaindex.ai/api/v2/batches/bat-11111111-2222-3333-4444-555555555555/cancel \\\n  -H \"Authorization: Bearer $LLAMA_CLOUD_API_KEY\""
  },
  "beta.directories.list": {
    "cli": "llamacloud-prod beta:directories list --type ephemeral",
    "typescript": "import { createLlamaCloudClient } from '@llamacloud-batch/client';\n\n// Reads the API key from LLAMA_CLOUD_API_KEY.\nconst client = createLlamaCloudClient();\n\nconst page = await client.beta.directories.list({ type: 'ephemeral' });\nconsole.log(page.items);",
    "curl": "curl -X GET 'https://api.cloud.llamaindex.ai/api/v1/beta/directories?type=ephemeral' \\\n  -H \"Authorization: Bearer $LLAMA_CLOUD_API_KEY\""
  },
  "beta.directories.create": {
    "cli": "llamacloud-prod beta:directories create --name invoices-2025-03 \\\n  --type ephemeral",
    "typescript": "import { createLlamaCloudClient } from '@llamacloud-batch/client';\n\n// Reads the API key from LLAMA_CLOUD_API_KEY.\nconst client = createLlamaCloudClient();\n\nconst result = await client.beta.directories.create({ name: 'invoices-2025-03', type: 'ephemeral' });\nconsole.log(result);",
    "curl": "curl -X POST https://api.cloud.llamaindex.ai/api/v1/beta/directories \\\n  -H \"Authorization: Bearer $LLAMA_CLOUD_API_KEY\" \\\n  -H 'Content-Type: application/json' \\\n  -d '{\"name\":\"invoices-2025-03\",\"type\":\"ephemeral\"}'"
  },
  "beta.directories.get": {
    "cli": "llamacloud-prod beta:directories get \\\n  --directory-id dir-aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee",
    "typescript": "import { createLlamaCloudClient } from '@llamacloud-batch/client';\n\n// Reads the API key from LLAMA_CLOUD_API_KEY.\nconst client = createLlamaCloudClient();\n\nconst result = await client.beta.directories.get('dir-aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee');\nconsole.log(result);",
    "curl": "curl -X GET https://api.cloud.llamaindex.ai/api/v1/beta/directories/dir-aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee \\\n  -H \"Authorization: Bearer $LLAMA_CLOUD_API_KEY\""
  },
  "beta.directories.delete": {
    "cli": "llamacloud-prod beta:directories delete \\\n  --directory-id dir-aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee --yes",
    "typescript": "import { createLlamaCloudClient } from '@llamacloud-batch/client';\n\n// Reads the API key from LLAMA_CLOUD_API_KEY.\nconst client = createLlamaCloudClient();\n\nawait client.beta.directories.delete('dir-aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee');\nconsole.log('done');",
    "curl": "curl -X DELETE https://api.cloud.llamaindex.ai/api/v1/beta/directories/dir-aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee \\\n  -H \"Authorization: Bearer $LLAMA_CLOUD_API_KEY\""
  },
  "beta.directories.update": {
    "cli": "llamacloud-prod beta:directories update \\\n  --directory-id dir-aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee \\\n  --name invoices-2025-03",
    "typescript": "import { createLlamaCloudClient } from '@llamacloud-batch/client';\n\n// Reads the API key from LLAMA_CLOUD_API_KEY.\nconst client = createLlamaCloudClient();\n\nconst result = await client.beta.directories.update(\n  'dir-aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',\n  { name: 'invoices-2025-03' },\n);\nconsole.log(result);",
    "curl": "curl -X PATCH https://api.cloud.llamaindex.ai/api/v1/beta/directories/dir-aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee \\\n  -H \"Authorization: Bearer $LLAMA_CLOUD_API_KEY\" \\\n  -H 'Content-Type: application/json' \\\n  -d '{\"name\":\"invoices-2025-03\"}'"
  },
  "beta.directories.files.list": {
    "cli": "llamacloud-prod beta:directories:files list \\\n  --directory-id dir-aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee \\\n  --display-name invoice-0001.pdf",
    "typescript": "import { createLlamaCloudClient } from '@llamacloud-batch/client';\n\n// Reads the API key from LLAMA_CLOUD_API_KEY.\nconst client = createLlamaCloudClient();\n\nconst page = await client.beta.directories.files.list(\n  'dir-aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',\n  { display_name: 'invoice-0001.pdf' },\n);\nconsole.log(page.items);",
    "curl": "curl -X GET 'https://api.cloud.llamaindex.ai/api/v1/beta/directories/dir-aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee/files?display_name=invoice-0001.pdf' \\\n  -H \"Authorization: Bearer $LLAMA_CLOUD_API_KEY\""
  },
  "beta.directories.files.add": {
    "cli": "llamacloud-prod beta:directories:files add \\\n  --directory-id dir-aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee \\\n  --file-id fil-11111111-aaaa-bbbb-cccc-000000000001 \\\n  --display-name invoice-0001.pdf",
    "typescript": "import { createLlamaCloudClient } from '@llamacloud-batch/client';\n\n// Reads the API key from LLAMA_CLOUD_API_KEY.\nconst client = createLlamaCloudClient();\n\nconst result = await client.beta.directories.files.add(\n  'dir-aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',\n  {\n    file_id: 'fil-11111111-aaaa-bbbb-cccc-000000000001',\n    display_name: 'invoice-0001.pdf',\n  },\n);\nconsole.log(result);",
    "curl": "curl -X POST https://api.cloud.llamaindex.ai/api/v1/beta/directories/dir-aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee/files \\\n  -H \"Authorization: Bearer $LLAMA_CLOUD_API_KEY\" \\\n  -H 'Content-Type: application/json' \\\n  -d '{\"file_id\":\"fil-11111111-aaaa-bbbb-cccc-000000000001\",\"display_name\":\"invoice-0001.pdf\"}'"
  },
  "beta.directories.files.upload": {
    "cli": "llamacloud-prod beta:directories:files upload \\\n  --directory-id dir-aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee \\\n  --upload-file @invoice.pdf --display-name invoice-0001.pdf",
    "typescript": "import { openAsBlob } from 'node:fs';\nimport { createLlamaCloudClient } from '@llamacloud-batch/client';\n\n// Reads the API key from LLAMA_CLOUD_API_KEY.\nconst client = createLlamaCloudClient();\n\nconst result = await client.beta.directories.files.upload(\n  'dir-aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',\n  {\n    upload_file: new File([await openAsBlob('invoice.pdf')], 'invoice.pdf'),\n    display_name: 'invoice-0001.pdf',\n  },\n);\nconsole.log(result);",
    "curl": "curl -X POST https://api.cloud.llamaindex.ai/api/v1/beta/directories/dir-aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee/files/upload \\\n  -H \"Authorization: Bearer $LLAMA_CLOUD_API_KEY\" \\\n  -F upload_file=@invoice.pdf \\\n  -F display_name=invoice-0001.pdf"
  },
  "beta.directories.files.get": {
    "cli": "llamacloud-prod beta:directories:files get \\\n  --directory-id dir-aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee \\\n  --directory-file-id dfl-11111111-aaaa-bbbb-cccc-000000000001",
    "typescript": "import { createLlamaCloudClient } from '@llamacloud-batch/client';\n\n// Reads the API key from LLAMA_CLOUD_API_KEY.\nconst client = createLlamaCloudClient();\n\nconst result = await client.beta.directories.files.get(\n  'dir-aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',\n  'dfl-11111111-aaaa-bbbb-cccc-000000000001',\n);\nconsole.log(result);",
    "curl": "curl -X GET https://api.cloud.llamaindex.ai/api/v1/beta/directories/dir-aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee/files/dfl-11111111-aaaa-bbbb-cccc-000000000001 \\\n  -H \"Authorization: Bearer $LLAMA_CLOUD_API_KEY\""
  },
  "beta.directories.files.delete": {
    "cli": "llamacloud-prod beta:directories:files delete \\\n  --directory-id dir-aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee \\\n  --directory-file-id dfl-11111111-aaaa-bbbb-cccc-000000000001 --yes",
    "typescript": "import { createLlamaCloudClient } from '@llamacloud-batch/client';\n\n// Reads the API key from LLAMA_CLOUD_API_KEY.\nconst client = createLlamaCloudClient();\n\nawait client.beta.directories.files.delete(\n  'dir-aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',\n  'dfl-11111111-aaaa-bbbb-cccc-000000000001',\n);\nconsole.log('done');",
    "curl": "curl -X DELETE https://api.cloud.llamaindex.ai/api/v1/beta/directories/dir-aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee/files/dfl-11111111-aaaa-bbbb-cccc-000000000001 \\\n  -H \"Authorization: Bearer $LLAMA_CLOUD_API_KEY\""
  },
  "beta.directories.files.update": {
    "cli": "llamacloud-prod beta:directories:files update \\\n  --directory-id dir-aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee \\\n  --directory-file-id dfl-11111111-aaaa-bbbb-cccc-000000000001 \\\n  --display-name invoice-0001.pdf",
    "typescript": "import { createLlamaCloudClient } from '@llamacloud-batch/client';\n\n// Reads the API key from LLAMA_CLOUD_API_KEY.\nconst client = createLlamaCloudClient();\n\nconst result = await client.beta.directories.files.update(\n  'dir-aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',\n  'dfl-11111111-aaaa-bbbb-cccc-000000000001',\n  { display_name: 'invoice-0001.pdf' },\n);\nconsole.log(result);",
    "curl": "curl -X PATCH https://api.cloud.llamaindex.ai/api/v1/beta/directories/dir-aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee/files/dfl-11111111-aaaa-bbbb-cccc-000000000001 \\\n  -H \"Authorization: Bearer $LLAMA_CLOUD_API_KEY\" \\\n  -H 'Content-Type: application/json' \\\n  -d '{\"display_name\":\"invoice-0001.pdf\"}'"
  }
} as const;

/** The file an upload's samples name, in the folder they run in. */
export const SAMPLE_FILE = "invoice.pdf";
