/**
 * Output formats. Each turns either one whole page, or a stream of item batches (one per page,
 * written as they arrive), into text. Machine formats first: json and jsonl stay parseable.
 */
import type { TableColumnMeta } from '@llamacloud-batch/types';
import { type Palette, prettyJson } from './colors.js';

export const FORMATS = ['json', 'jsonl', 'yaml', 'pretty', 'table'] as const;
export type Format = (typeof FORMATS)[number];

export interface Formatter {
  /** A single answer (a page, or one object), printed as the API returned it; `items` are its rows. */
  page(page: Record<string, unknown>, items: readonly unknown[]): string;
  /** Streaming: called once per batch of items; `first`/`last` frame the whole output. */
  batch(items: readonly unknown[], position: { first: boolean; last: boolean }): string;
}

export interface FormatterOptions {
  colors: Palette;
  /** Table columns, as (dotted) field names. */
  columns?: readonly string[] | undefined;
  /** What the spec says of those columns (enum values, formats), so widths and dates come out right. */
  columnSchemas?: readonly TableColumnMeta[] | undefined;
  /** The answer is one object, not a list: the table shows it as FIELD/VALUE rows. */
  record?: boolean | undefined;
  /** Columns the table should fit in (see tableWidth); absent: no limit. */
  width?: number | undefined;
}

/** A terminal's width (80 if it does not say); on a pipe COLUMNS when set, else no limit, as nothing wraps there. */
export function tableWidth(
  stream: { isTTY?: boolean; columns?: number },
  env: Record<string, string | undefined>,
): number {
  if (stream.isTTY) return stream.columns || 80;
  const columns = Number(env.COLUMNS);
  return Number.isInteger(columns) && columns > 0 ? columns : Number.POSITIVE_INFINITY;
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
      let written = 0;
      return {
        page: (page) => `${stringify(page)}\n`,
        batch: (items, { last }) => {
          let out = '';
          for (const item of items) out += `${written++ === 0 ? '[\n' : ',\n'}${indent(stringify(item))}`;
          if (last) out += written === 0 ? '[]\n' : '\n]\n';
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
      let written = 0;
      return {
        page: (page) => yaml.stringify(page),
        // Each batch is a block sequence, so consecutive batches read as one list; none at all is `[]`.
        batch: (items, { last }) => {
          written += items.length;
          if (items.length > 0) return yaml.stringify(items);
          return last && written === 0 ? '[]\n' : '';
        },
      };
    }
    case 'table': {
      const { columnsFor, renderRecord, renderTable } = await import('./table.js');
      const layout = {
        columns: columnsFor(options.columns ?? [], options.columnSchemas ?? []),
        colors: options.colors,
        width: options.width ?? Number.POSITIVE_INFINITY,
      };
      return {
        page: (page, items) =>
          options.record ? renderRecord(page, options.colors, layout.width) : renderTable(items, layout, true),
        batch: (items, { first }) => renderTable(items, layout, first),
      };
    }
  }
}
