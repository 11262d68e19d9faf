/**
 * The official SDK (@llamaindex/llama-cloud 2.13.0), unchanged, against Prism mocks of our spec:
 * every batch operation it has, sending every field it knows, must be accepted by the spec
 * (Prism answers 422 otherwise) and must receive the spec's example. Each request is also
 * checked against the spec's declared query parameters, headers and body properties, which
 * Prism alone would let through.
 */
import { readFileSync } from 'node:fs';
import LlamaCloud from '@llamaindex/llama-cloud';
import type { BatchCreateParams as BatchJobCreateParams } from '@llamaindex/llama-cloud/resources/beta/batch/batch';
import { describe, expect, inject, test } from 'vitest';
import { parse } from 'yaml';
import { specPath } from '../src/index.js';

interface SpecParameter {
  name: string;
  in: string;
}
interface SpecOperation {
  parameters?: SpecParameter[];
  requestBody?: { content: Record<string, { schema: { $ref: string } }> };
  responses: Record<string, { content?: Record<string, { examples?: Record<string, { value: unknown }> }> }>;
}
interface Spec {
  paths: Record<string, Record<string, SpecOperation>>;
  components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
}

const spec = parse(readFileSync(specPath, 'utf8')) as Spec;

function operation(path: string, method: string): SpecOperation {
  const found = spec.paths[path]?.[method];
  if (!found) throw new Error(`spec has no ${method.toUpperCase()} ${path}`);
  return found;
}

/** The first named example of the operation's 200 JSON response. */
function example(path: string, method: string): Record<string, unknown> {
  const examples = operation(path, method).responses['200']?.content?.['application/json']?.examples ?? {};
  const [first] = Object.values(examples);
  if (!first) throw new Error(`${method.toUpperCase()} ${path} has no 200 example`);
  return first.value as Record<string, unknown>;
}

interface SentRequest {
  method: string;
  url: URL;
  headers: Headers;
  body: unknown;
}

/** The official client on `baseURL`, recording what it sends; no retries, so a 422 fails at once. */
function officialClient(baseURL: string) {
  const sent: SentRequest[] = [];
  const recordingFetch: typeof fetch = async (input, init) => {
    const body = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
    sent.push({
      method: init?.method ?? 'GET',
      url: new URL(String(input)),
      headers: new Headers(init?.headers),
      body,
    });
    return fetch(input, init);
  };
  const client = new LlamaCloud({ apiKey: 'test-key', baseURL, maxRetries: 0, fetch: recordingFetch });
  return { client, sent };
}

/** Every query key, header of ours and top-level body property the SDK sent is declared by the operation. */
function expectDeclaredBySpec(request: SentRequest, path: string, method: string, sentHeaders: string[]) {
  const op = operation(path, method);
  const declared = (where: string) => (op.parameters ?? []).filter((p) => p.in === where).map((p) => p.name);
  expect(request.method).toBe(method.toUpperCase());
  expect(declared('query')).toEqual(expect.arrayContaining([...new Set(request.url.searchParams.keys())]));
  for (const header of sentHeaders) {
    expect(request.headers.has(header)).toBe(true);
    expect(declared('header')).toContain(header);
  }
  const bodyRef = op.requestBody?.content['application/json']?.schema.$ref;
  if (bodyRef === undefined) {
    expect(request.body).toBeUndefined();
    return;
  }
  const schema = spec.components.schemas[bodyRef.replace('#/components/schemas/', '')];
  expect(Object.keys(schema?.properties ?? {})).toEqual(expect.arrayContaining(Object.keys(request.body as object)));
}

const PROJECT = {
  organization_id: '0b6c7b53-3a4e-4bd3-9a30-4c1f1fd1e6a1',
  project_id: 'd3c1c1a8-2f0e-4e8e-8a55-7a8f0f5f4b10',
};

/** Every field of the SDK's batch parse parameters, with a value our spec accepts. */
const parseParameters: Required<BatchJobCreateParams.BatchParseJobRecordCreate.Parameters> = {
  adaptive_long_table: true,
  aggressive_table_extraction: false,
  annotate_links: true,
  auto_mode: true,
  auto_mode_configuration_json: '{"pages":"all"}',
  auto_mode_trigger_on_image_in_page: true,
  auto_mode_trigger_on_regexp_in_page: 'Total\\s+due',
  auto_mode_trigger_on_table_in_page: true,
  auto_mode_trigger_on_text_in_page: 'Invoice',
  azure_openai_api_version: '2024-06-01',
  azure_openai_deployment_name: 'gpt-4o',
  azure_openai_endpoint: 'https://example.openai.azure.com',
  azure_openai_key: 'azure-key',
  bbox_bottom: 0.05,
  bbox_left: 0,
  bbox_right: 0,
  bbox_top: 0.1,
  bounding_box: '0.1,0,0.05,0',
  compact_markdown_table: true,
  complemental_formatting_instruction: 'Keep numbers as written.',
  confidence_score_effort: 'low',
  content_guideline_instruction: 'Drop marketing boilerplate.',
  continuous_mode: false,
  custom_metadata: { source: 'official-sdk-test' },
  disable_image_extraction: false,
  disable_ocr: false,
  disable_reconstruction: false,
  do_not_cache: true,
  do_not_unroll_columns: false,
  enable_cost_optimizer: true,
  extract_charts: true,
  extract_layout: false,
  extract_printed_page_number: true,
  fast_mode: false,
  formatting_instruction: 'Use level-2 headings for sections.',
  gpt4o_api_key: null,
  gpt4o_mode: false,
  guess_xlsx_sheet_name: true,
  hide_footers: true,
  hide_headers: false,
  high_res_ocr: true,
  html_make_all_elements_visible: false,
  html_remove_fixed_elements: true,
  html_remove_navigation_elements: true,
  http_proxy: null,
  ignore_document_elements_for_layout_detection: false,
  images_to_save: ['embedded', 'screenshot'],
  inline_images_in_markdown: false,
  input_s3_path: null,
  input_s3_region: 'us-east-1',
  input_url: null,
  internal_is_screenshot_job: false,
  invalidate_cache: false,
  is_formatting_instruction: false,
  job_timeout_extra_time_per_page_in_seconds: 2.5,
  job_timeout_in_seconds: 600,
  keep_page_separator_when_merging_tables: false,
  lang: 'en',
  languages: ['en', 'fr'],
  layout_aware: true,
  line_level_bounding_box: false,
  markdown_table_multiline_header_separator: ' ',
  max_pages: 50,
  max_pages_enforced: 100,
  merge_tables_across_pages_in_markdown: true,
  model: 'default',
  outlined_table_extraction: true,
  output_pdf_of_document: false,
  output_s3_path_prefix: 's3://example-bucket/batch-output/',
  output_s3_region: 'us-east-1',
  output_tables_as_HTML: false,
  outputBucket: 'example-bucket',
  page_error_tolerance: 0.05,
  page_footer_prefix: '<footer>',
  page_footer_suffix: '</footer>',
  page_header_prefix: '<header>',
  page_header_suffix: '</header>',
  page_prefix: '<page>',
  page_separator: '\n---\n',
  page_suffix: '</page>',
  parse_mode: 'parse_page_with_agent',
  parsing_instruction: 'These are invoices.',
  pipeline_id: null,
  precise_bounding_box: true,
  premium_mode: false,
  presentation_out_of_bounds_content: false,
  presentation_skip_embedded_data: true,
  preserve_layout_alignment_across_pages: true,
  preserve_very_small_text: false,
  preset: null,
  priority: 'high',
  project_id: null,
  remove_hidden_text: true,
  replace_failed_page_mode: 'error_message',
  replace_failed_page_with_error_message_prefix: '[failed: ',
  replace_failed_page_with_error_message_suffix: ']',
  resource_info: { origin: 'directory' },
  save_images: true,
  skip_diagonal_text: true,
  specialized_chart_parsing_agentic: false,
  specialized_chart_parsing_efficient: true,
  specialized_chart_parsing_plus: false,
  specialized_image_parsing: false,
  spreadsheet_extract_sub_tables: true,
  spreadsheet_force_formula_computation: false,
  spreadsheet_include_hidden_sheets: false,
  strict_mode_buggy_font: false,
  strict_mode_image_extraction: false,
  strict_mode_image_ocr: false,
  strict_mode_reconstruction: false,
  structured_output: false,
  structured_output_json_schema: null,
  structured_output_json_schema_name: null,
  system_prompt: null,
  system_prompt_append: 'Answer in English.',
  take_screenshot: false,
  target_pages: '0,1,2',
  tier: 'agentic',
  type: 'parse',
  use_vendor_multimodal_model: false,
  user_prompt: null,
  vendor_multimodal_api_key: null,
  vendor_multimodal_model_name: null,
  version: 'latest',
  webhook_configurations: [
    {
      webhook_events: ['parse.success', 'parse.error'],
      webhook_headers: { 'x-token': 'secret' },
      webhook_output_format: 'json',
      webhook_signing_secret: 'signing-secret',
      webhook_url: 'https://example.com/hooks/parse',
    },
  ],
  webhook_url: 'https://example.com/hooks/done',
};

const parseJobConfig: Required<BatchJobCreateParams.BatchParseJobRecordCreate> = {
  correlation_id: 'corr-1',
  job_name: 'parse_raw_file_job',
  parameters: parseParameters,
  parent_job_execution_id: null,
  partitions: { project: 'invoices' },
  project_id: PROJECT.project_id,
  session_id: 'session-1',
  user_id: 'usr-1',
  webhook_url: 'https://example.com/hooks/job',
};

const createBatchJobParams: Required<BatchJobCreateParams> = {
  ...PROJECT,
  job_config: parseJobConfig,
  continue_as_new_threshold: 500,
  directory_id: 'dir-aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
  item_ids: null,
  page_size: 100,
  'temporal-namespace': 'batch-jobs',
};

const classifyJobConfig = {
  id: 'cjb-1',
  project_id: PROJECT.project_id,
  rules: [{ type: 'invoice', description: 'A bill listing goods or services with amounts due' }],
  status: 'PENDING',
  user_id: 'usr-1',
  created_at: '2025-03-04T09:30:00Z',
  effective_at: '2025-03-04T09:30:00Z',
  error_message: null,
  job_record_id: null,
  mode: 'MULTIMODAL',
  parsing_configuration: { lang: 'en', max_pages: 5, target_pages: [0, 1] },
  updated_at: null,
} satisfies Required<Extract<BatchJobCreateParams['job_config'], { rules: unknown }>>;

const V1 = '/api/v1/beta/batch-processing';

describe('official SDK against the Prism static mock', () => {
  const { client, sent } = officialClient(inject('prismUrl'));
  const last = () => {
    const request = sent.at(-1);
    if (!request) throw new Error('the SDK sent nothing');
    return request;
  };

  test('beta.batch.create with a parse job config, every field set', async () => {
    expect(await client.beta.batch.create(createBatchJobParams)).toStrictEqual(example(V1, 'post'));
    expectDeclaredBySpec(last(), V1, 'post', ['temporal-namespace']);
    // Query and header fields leave the body; everything else arrives as written.
    const {
      organization_id: _org,
      project_id: _project,
      'temporal-namespace': _namespace,
      ...body
    } = createBatchJobParams;
    expect(last().body).toStrictEqual(body);
  });

  test('beta.batch.create with a classify job config', async () => {
    const params = { job_config: classifyJobConfig, item_ids: ['dfl-1', 'dfl-2'] };
    expect(await client.beta.batch.create(params)).toStrictEqual(example(V1, 'post'));
    expectDeclaredBySpec(last(), V1, 'post', []);
  });

  test('beta.batch.list', async () => {
    const page = await client.beta.batch.list({
      ...PROJECT,
      directory_id: 'dir-1',
      job_type: 'parse',
      status: 'running',
      limit: 10,
      offset: 20,
    });
    expect(page.items).toStrictEqual(example(V1, 'get').items);
    expectDeclaredBySpec(last(), V1, 'get', []);
  });

  test('beta.batch.getStatus', async () => {
    expect(await client.beta.batch.getStatus('bjb-1', PROJECT)).toStrictEqual(example(`${V1}/{job_id}`, 'get'));
    expectDeclaredBySpec(last(), `${V1}/{job_id}`, 'get', []);
  });

  test('beta.batch.cancel', async () => {
    const params = { ...PROJECT, reason: 'uploaded the wrong folder', 'temporal-namespace': 'batch-jobs' };
    expect(await client.beta.batch.cancel('bjb-1', params)).toStrictEqual(example(`${V1}/{job_id}/cancel`, 'post'));
    expectDeclaredBySpec(last(), `${V1}/{job_id}/cancel`, 'post', ['temporal-namespace']);
  });

  test('beta.batch.jobItems.list', async () => {
    const page = await client.beta.batch.jobItems.list('bjb-1', { ...PROJECT, status: 'failed', limit: 5, offset: 0 });
    expect(page.items).toStrictEqual(example(`${V1}/{job_id}/items`, 'get').items);
    expectDeclaredBySpec(last(), `${V1}/{job_id}/items`, 'get', []);
  });

  test('beta.batch.jobItems.getProcessingResults', async () => {
    const path = `${V1}/items/{item_id}/processing-results`;
    const results = await client.beta.batch.jobItems.getProcessingResults('dfl-1', { ...PROJECT, job_type: 'parse' });
    expect(results).toStrictEqual(example(path, 'get'));
    expectDeclaredBySpec(last(), path, 'get', []);
  });

  test('batches.create', async () => {
    const batch = await client.batches.create({
      ...PROJECT,
      config: { job: { configuration_id: 'cfg-PARSE_AGENTIC', type: 'parse_v2' } },
      source_directory_id: 'dir-aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
    });
    expect(batch).toStrictEqual(example('/api/v2/batches', 'post'));
    expectDeclaredBySpec(last(), '/api/v2/batches', 'post', []);
  });

  test('batches.list', async () => {
    const page = await client.batches.list({
      ...PROJECT,
      page_token: 'tok-1',
      page_size: 25,
      status: 'COMPLETED',
      source_directory_id: 'dir-1',
      created_at_on_or_after: '2025-01-01T00:00:00Z',
      created_at_on_or_before: '2025-12-31T23:59:59Z',
    });
    const expected = example('/api/v2/batches', 'get');
    expect(page.items).toStrictEqual(expected.items);
    expect(page.next_page_token).toBe(expected.next_page_token);
    expectDeclaredBySpec(last(), '/api/v2/batches', 'get', []);
  });

  test('batches.get', async () => {
    const batch = await client.batches.get('bat-1', { ...PROJECT, expand: ['results'] });
    expect(batch).toStrictEqual(example('/api/v2/batches/{batch_id}', 'get'));
    expect(last().url.searchParams.getAll('expand')).toEqual(['results']);
    expectDeclaredBySpec(last(), '/api/v2/batches/{batch_id}', 'get', []);
  });
});

describe('official SDK against the Prism dynamic mock', () => {
  const { client } = officialClient(inject('prismDynamicUrl'));

  test('every operation resolves with the random data Prism generates from the spec', async () => {
    const created = await client.beta.batch.create(createBatchJobParams);
    expect(typeof created.id).toBe('string');
    expect((await client.beta.batch.list({ limit: 5 })).items).toBeInstanceOf(Array);
    expect((await client.beta.batch.getStatus('bjb-1')).progress_percentage).toBeLessThanOrEqual(100);
    expect(typeof (await client.beta.batch.cancel('bjb-1', {})).job_id).toBe('string');
    expect((await client.beta.batch.jobItems.list('bjb-1')).items).toBeInstanceOf(Array);
    expect(typeof (await client.beta.batch.jobItems.getProcessingResults('dfl-1')).item_id).toBe('string');
    const batch = await client.batches.create({
      config: { job: { configuration_id: 'cfg-1', type: 'extract_v2' } },
      source_directory_id: 'dir-1',
    });
    expect(['parse_v2', 'extract_v2']).toContain(batch.config.job.type);
    expect((await client.batches.list({ page_size: 5 })).items).toBeInstanceOf(Array);
    expect(typeof (await client.batches.get('bat-1')).status).toBe('string');
  });
});
