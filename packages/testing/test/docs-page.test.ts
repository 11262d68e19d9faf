import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { listBatchJobsOperation } from '@llamacloud-batch/types';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { repoRoot, specPath } from '../src/index.js';
import { launchOfflineChromium, type OfflineBrowser, pidsUsing } from './helpers/chromium.js';

const docsPage = resolve(repoRoot, 'docs/index.html');
const screenshot = resolve(repoRoot, 'test-results/docs/list-batch-jobs.png');

type SchemaObject = { $ref?: string; properties?: Record<string, SchemaObject>; items?: SchemaObject };
const spec = parse(readFileSync(specPath, 'utf8'));
const deref = (schema: SchemaObject): SchemaObject =>
  schema.$ref ? spec.components.schemas[schema.$ref.replace('#/components/schemas/', '')] : schema;
const operation = spec.paths[listBatchJobsOperation.path][listBatchJobsOperation.method];
const page200 = deref(operation.responses['200'].content['application/json'].schema);
const pageFields = Object.keys(page200.properties ?? {});
// Redoc names nested fields `items[].<field>` (with a zero-width space after the dot).
const itemFields = Object.keys(deref(page200.properties?.items?.items ?? {}).properties ?? {});

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

async function visible(page: Page, text: string | RegExp): Promise<boolean> {
  const locator = page.getByText(text, { exact: true }).filter({ visible: true }).first();
  return locator.waitFor({ state: 'visible', timeout: 5000 }).then(
    () => true,
    () => false,
  );
}

describe('pnpm docs: the API reference page, rendered offline in headless Chromium', () => {
  let browser: OfflineBrowser;
  let page: Page;

  beforeAll(async () => {
    buildDocs();
    browser = await launchOfflineChromium();
    page = await browser.context.newPage();
    const html = pathToFileURL(docsPage).href;
    await page.goto(html);
    // Redoc renders operations lazily: go to the operation's own anchor, found by its operationId.
    const anchor = await page
      .locator(`a[href$="/${listBatchJobsOperation.operationId}"]`)
      .first()
      .getAttribute('href', { timeout: 10_000 })
      .catch(() => {
        const refused = browser.blocked.map((r) => `${r.type} ${r.url}`).join(', ') || 'none';
        throw new Error(`Redoc never rendered a link to the operation (requests refused offline: ${refused})`);
      });
    expect(anchor, 'the sidebar links to the list operation').toBeTruthy();
    await page.goto(`${html}${anchor}`);
    await page.getByText('List Batch Jobs', { exact: true }).filter({ visible: true }).first().waitFor();
    // Nested response fields render once scrolled into view.
    for (const field of pageFields) {
      await page.getByText(field, { exact: true }).filter({ visible: true }).last().scrollIntoViewIfNeeded();
    }
  }, 60_000);

  afterAll(async () => {
    if (!browser) return;
    mkdirSync(resolve(screenshot, '..'), { recursive: true });
    await page?.screenshot({ path: screenshot, fullPage: true }).catch(() => {});
    await browser.close();
    expect(pidsUsing(browser.profile), 'no Chromium process outlives the test').toEqual([]);
  });

  test('shows the operation title', async () => {
    expect(await visible(page, 'List Batch Jobs')).toBe(true);
  });

  test.each(listBatchJobsOperation.parameters.map((p) => p.name))('shows query parameter %s', async (name) => {
    expect(await visible(page, name)).toBe(true);
  });

  test.each(pageFields)('shows response field %s', async (field) => {
    expect(await visible(page, field)).toBe(true);
  });

  test.each(itemFields)('shows job field items[].%s', async (field) => {
    expect(await visible(page, new RegExp(`^items\\[\\]\\.\\u200b?${field}$`))).toBe(true);
  });

  test('needed nothing from the network (only decorative images were refused)', () => {
    expect(browser.blocked.filter((r) => r.type !== 'image')).toEqual([]);
  });

  test('the page holds Redoc itself, not a CDN script tag', () => {
    const html = readFileSync(docsPage, 'utf8');
    expect(html).not.toMatch(/<script[^>]+src="https?:/);
  });
});
