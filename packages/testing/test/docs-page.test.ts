import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  type ModelOperation,
  type OperationKey,
  operationHelp,
  operationKeys,
  operationModel,
  operationSamples,
} from '@llamacloud-batch/types';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { repoRoot, specPath } from '../src/index.js';
import { launchOfflineChromium, type OfflineBrowser, pidsUsing } from './helpers/chromium.js';

const docsPage = resolve(repoRoot, 'docs/index.html');
const docsUrl = pathToFileURL(docsPage).href;
const screenshot = resolve(repoRoot, 'test-results/docs/list-batch-jobs.png');

type SchemaObject = { $ref?: string; properties?: Record<string, SchemaObject>; items?: SchemaObject };
type ResponseObject = { content?: Record<string, { schema?: SchemaObject }> };
const spec = parse(readFileSync(specPath, 'utf8'));
const deref = (schema: SchemaObject): SchemaObject =>
  schema.$ref ? spec.components.schemas[schema.$ref.replace('#/components/schemas/', '')] : schema;

/** The operation's success response schema; the model has no response shapes, so it comes from the spec. */
function responseSchema(key: OperationKey): SchemaObject {
  const { path, method } = operationModel[key];
  const responses: Record<string, ResponseObject> = spec.paths[path][method].responses;
  const success = Object.entries(responses).find(([status]) => /^2/.test(status))?.[1];
  const schema = success?.content?.['application/json']?.schema;
  return schema ? deref(schema) : {};
}

const responseFields = (key: OperationKey): string[] => Object.keys(responseSchema(key).properties ?? {});

/** A paginated operation's item fields as Redoc names them: `items[].<field>`, a zero-width space after the dot. */
function resultItemFields(key: OperationKey): RegExp[] {
  const operation: ModelOperation = operationModel[key];
  if (!operation.pagination) return [];
  const { results } = operation.pagination;
  const item = deref(responseSchema(key).properties?.[results]?.items ?? {});
  return Object.keys(item.properties ?? {}).map((field) => new RegExp(`^${results}\\[\\]\\.\\u200b?${field}$`));
}

/** Every name the operation's section must show: parameters, request-body fields, response fields, then a page's item fields. */
function expectedNames(key: OperationKey): (string | RegExp)[] {
  const operation: ModelOperation = operationModel[key];
  const bodyFields = operation.body?.fields.map((field) => field.name) ?? [];
  const topLevel = new Set([...operation.parameters.map((p) => p.name), ...bodyFields, ...responseFields(key)]);
  return [...topLevel, ...resultItemFields(key)];
}

/** Runs the root `docs` script exactly as `pnpm docs` does: sh, with node_modules/.bin on PATH. */
function buildDocs(): void {
  const { scripts } = JSON.parse(readFileSync(resolve(repoRoot, 'package.json'), 'utf8'));
  execFileSync('sh', ['-c', scripts.docs], {
    cwd: repoRoot,
    env: {
      ...process.env,
      REDOCLY_TELEMETRY: 'off',
      PATH: `${resolve(repoRoot, 'node_modules/.bin')}:${process.env.PATH}`,
    },
    stdio: 'pipe',
  });
}

/** Waits for `text` to show in `scope`, then scrolls to it: Redoc renders nested fields once they come into view. */
async function visible(scope: Locator, text: string | RegExp, timeout = 2000): Promise<boolean> {
  const locator = scope.getByText(text, { exact: true }).filter({ visible: true }).first();
  return locator.waitFor({ state: 'visible', timeout }).then(
    () => locator.scrollIntoViewIfNeeded().then(() => true),
    () => false,
  );
}

/** `organization_id` → `--organization-id`: the CLI's flag for an input (its documented naming rule). */
const flagOf = (name: string) => `--${name.replace(/_/g, '-').toLowerCase()}`;

/** Every CLI flag the operation's inputs are: parameters, then body fields. */
function inputFlags(key: OperationKey): string[] {
  const operation: ModelOperation = operationModel[key];
  return [...operation.parameters.map((p) => p.name), ...(operation.body?.fields.map((f) => f.name) ?? [])].map(flagOf);
}

/** The seed's (the product's own docs page's) words for two parameters of the list operation. */
const SEED_DESCRIPTIONS = [
  'Filter by job type (PARSE, EXTRACT, CLASSIFY)',
  'Filter by job status (PENDING, RUNNING, COMPLETED, FAILED, CANCELLED)',
];

describe('pnpm docs: the API reference page, rendered offline in headless Chromium', () => {
  let browser: OfflineBrowser;
  let page: Page;

  /**
   * Goes to the operation's own anchor (Redoc links `#/<tag>/<operationId>`; the first tag's link
   * is taken) and returns the operation's section, whose id is that anchor without `#/`.
   */
  async function openOperation(key: OperationKey): Promise<Locator> {
    const { operationId } = operationHelp[key];
    const anchor = await page
      .locator(`a[href$="/${operationId}"]`)
      .first()
      .getAttribute('href', { timeout: 10_000 })
      .catch(() => {
        const refused = browser.blocked.map((r) => `${r.type} ${r.url}`).join(', ') || 'none';
        throw new Error(`Redoc never rendered a link to ${operationId} (requests refused offline: ${refused})`);
      });
    if (!anchor) throw new Error(`the sidebar has no link to ${operationId}`);
    // Only the hash changes, so this scrolls the same document instead of loading it again.
    await page.goto(`${docsUrl}${anchor}`);
    return page.locator(`[id="${anchor.replace(/^#\/?/, '')}"]`);
  }

  /** Screenshots one operation whole: Redoc draws nested fields only in view, so the viewport grows to the section's height. */
  async function screenshotOperation(key: OperationKey): Promise<void> {
    const box = await (await openOperation(key)).boundingBox();
    if (box) await page.setViewportSize({ width: 1280, height: Math.ceil(box.height) });
    const section = await openOperation(key);
    const lastField = expectedNames(key).at(-1);
    if (lastField) await visible(section, lastField);
    await section.screenshot({ path: screenshot });
  }

  beforeAll(async () => {
    buildDocs();
    browser = await launchOfflineChromium();
    page = await browser.context.newPage();
    await page.goto(docsUrl);
  }, 60_000);

  afterAll(async () => {
    if (!browser) return;
    mkdirSync(resolve(screenshot, '..'), { recursive: true });
    if (page) await screenshotOperation('beta.batch.list').catch(() => {});
    await browser.close();
    expect(pidsUsing(browser.profile), 'no Chromium process outlives the test').toEqual([]);
  });

  test.each(operationKeys)(
    '%s: summary, parameters, body and response fields are visible',
    async (key) => {
      const section = await openOperation(key);
      const summary = operationHelp[key].summary;
      expect(await visible(section, summary, 10_000), `summary "${summary}"`).toBe(true);
      const missing: string[] = [];
      for (const name of expectedNames(key)) if (!(await visible(section, name))) missing.push(String(name));
      expect(missing, `names not visible in ${key}'s section`).toEqual([]);
    },
    60_000,
  );

  /** Picks `label` in the section's code sample menu and returns the section's rendered text. */
  async function withSample(section: Locator, label: string): Promise<string> {
    const menu = section.locator('button[aria-haspopup="menu"]').filter({ hasText: /^(CLI|TypeScript|curl)$/ });
    await menu.first().click({ timeout: 10_000 });
    await page.getByText(label, { exact: true }).filter({ visible: true }).last().click({ timeout: 5_000 });
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text, what a reader sees, is the point
    await expect.poll(() => menu.first().innerText(), { timeout: 5_000 }).toBe(label);
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text, what a reader sees, is the point
    return section.innerText();
  }

  test.each(operationKeys)(
    '%s: the right panel shows its CLI command and its TypeScript call; each parameter names its flag',
    async (key) => {
      const section = await openOperation(key);
      const [command = ''] = operationSamples[key].cli.split(' \\\n');
      expect(await withSample(section, 'CLI'), 'CLI sample').toContain(command);
      expect(await withSample(section, 'TypeScript'), 'TypeScript sample').toContain(`await client.${key}(`);
      expect(await withSample(section, 'curl'), 'curl sample').toContain(
        `curl -X ${operationModel[key].method.toUpperCase()}`,
      );
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered text, what a reader sees, is the point
      const text = await section.innerText();
      const missing = inputFlags(key).filter((flag) => !text.includes(flag));
      expect(missing, `flags not named in ${key}'s section`).toEqual([]);
    },
    60_000,
  );

  test('the list page shows the seed’s descriptions of job_type and status, not their enums’', async () => {
    const section = await openOperation('beta.batch.list');
    for (const text of SEED_DESCRIPTIONS) expect(await visible(section, text, 10_000), text).toBe(true);
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text, what a reader sees, is the point
    const rendered = await section.innerText();
    // The enum's own text; the response's job_type field reads "Type of processing operation (parse or classify)".
    expect(rendered).not.toMatch(/Type of processing operation(?! \(parse or classify\))/);
    expect(rendered).not.toContain('Lifecycle state of a batch job');
  }, 60_000);

  test('the bundle’s x-codeSamples are the generated operationSamples (one source for docs and help)', () => {
    const bundle = JSON.parse(readFileSync(resolve(repoRoot, 'docs/openapi.json'), 'utf8'));
    for (const key of operationKeys) {
      const { path, method } = operationModel[key];
      const samples = bundle.paths[path][method]['x-codeSamples'] as { label: string; source: string }[];
      const byLabel = Object.fromEntries(samples.map((sample) => [sample.label, sample.source]));
      expect(byLabel, key).toEqual({
        CLI: operationSamples[key].cli,
        TypeScript: operationSamples[key].typescript,
        curl: operationSamples[key].curl,
      });
    }
  });

  test('checks something in every operation (parameters or fields)', () => {
    for (const key of operationKeys) expect(expectedNames(key).length, key).toBeGreaterThan(0);
  });

  test('needed nothing from the network (only decorative images were refused)', () => {
    expect(browser.blocked.filter((r) => r.type !== 'image')).toEqual([]);
  });

  test('the page holds Redoc itself, not a CDN script tag', () => {
    const html = readFileSync(docsPage, 'utf8');
    expect(html).not.toMatch(/<script[^>]+src="https?:/);
  });
});
