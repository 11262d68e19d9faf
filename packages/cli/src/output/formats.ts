/**
 * Output formats. Each turns either one whole page, or a stream of item batches (one per page,
 * written as they arrive), into text. Machine formats first: json and jsonl stay parseable.
 */
import type { BatchJobQueryResponse } from '@llamacloud-batch/types';
import { type Palette, prettyJson } from './colors.js';
import type { Column } from './table.js';

export const FORMATS = ['json', 'jsonl', 'yaml', 'pretty', 'table'] as const;
export type Format = (typeof FORMATS)[number];

export interface Formatter {
  /** A single page, printed as the API returned it. */
  page(page: BatchJobQueryResponse | Record<string, unknown>, items: readonly unknown[]): string;
  /** Streaming: called once per batch of items; `first`/`last` frame the whole output. */
  batch(items: readonly unknown[], position: { first: boolean; last: boolean }): string;
}

export interface FormatterOptions {
  colors: Palette;
  /** Table columns; the default job columns when omitted. */
  columns?: Column[] | undefined;
}

function indent(text: string, by = '  '): string {
  return text.replace(/^/gm, by);
}

/** yaml and the table renderer load only when their format is chosen, keeping start-up fast. */
export async function createFormatter(format: Format, options: FormatterOptions): Promise<Formatter> {
  switch (format) {
    case 'json':
    case 'pretty': {
      const stringify = (value: unknown) =>
        format === 'pretty' ? prettyJson(value, options.colors) : JSON.stringify(value, null, 2);
      return {
        page: (page) => `${stringify(page)}\n`,
        batch: (items, { first, last }) => {
          let out = first ? '[' : '';
          items.forEach((item, i) => {
            out += `${first && i === 0 ? '\n' : ',\n'}${indent(stringify(item))}`;
          });
          if (last) out += first && items.length === 0 ? ']\n' : '\n]\n';
          return out;
        },
      };
    }
    case 'jsonl': {
      const lines = (items: readonly unknown[]) => items.map((item) => `${JSON.stringify(item)}\n`).join('');
      return { page: (_page, items) => lines(items), batch: (items) => lines(items) };
    }
    case 'yaml': {
      const yaml = await import('yaml');
      return {
        page: (page) => yaml.stringify(page),
        batch: (items, { first, last }) => (items.length > 0 ? yaml.stringify(items) : first && last ? '[]\n' : ''),
      };
    }
    case 'table': {
      const { DEFAULT_COLUMNS, renderTable } = await import('./table.js');
      const layout = { columns: options.columns ?? DEFAULT_COLUMNS, colors: options.colors };
      return {
        page: (_page, items) => renderTable(items, layout, true),
        batch: (items, { first }) => renderTable(items, layout, first),
      };
    }
  }
}
