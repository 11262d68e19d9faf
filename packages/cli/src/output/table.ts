/**
 * The table view: one row per job, borderless like `gh`, fitted to the terminal (80 columns when
 * not a terminal). Column widths are fixed by the first page so later pages line up with it.
 */
import { batchJobStatusValues, batchJobTypeValues } from '@llamacloud-batch/types';
import { getProperty } from 'dot-prop';
import type { Palette } from './colors.js';

export interface Column {
  header: string;
  value(item: unknown): string;
  /** A shorter rendering, used when the table would not fit the width otherwise. */
  compact?(item: unknown): string;
  /** Every value the column can hold (an enum), so widths set by the first page fit the rest. */
  choices?: readonly string[];
}

export interface TableLayout {
  columns: Column[];
  colors: Palette;
  /** Columns to fit in. */
  width: number;
  /** Chosen with the first batch and kept, so later batches line up with it. */
  fit?: Fit;
}

interface Fit {
  widths: number[];
  gap: number;
  compact: boolean;
}

const field = (item: unknown, path: string): unknown =>
  typeof item === 'object' && item !== null ? getProperty(item, path) : undefined;

const text = (value: unknown): string =>
  value === undefined || value === null ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);

/** `2019-12-27T18:11:19.117Z` → `2019-12-27 18:11` (or `2019-12-27` when compact). */
function shortDate(value: unknown, length: number): string {
  return typeof value === 'string' ? value.replace('T', ' ').slice(0, length) : '';
}

export const DEFAULT_COLUMNS: Column[] = [
  { header: 'ID', value: (item) => text(field(item, 'id')) },
  { header: 'TYPE', value: (item) => text(field(item, 'job_type')), choices: batchJobTypeValues },
  { header: 'STATUS', value: (item) => text(field(item, 'status')), choices: batchJobStatusValues },
  {
    header: 'ITEMS',
    value: (item) => `${text(field(item, 'processed_items') ?? 0)}/${text(field(item, 'total_items'))}`,
  },
  {
    header: 'CREATED',
    value: (item) => shortDate(field(item, 'created_at'), 16),
    compact: (item) => shortDate(field(item, 'created_at'), 10),
  },
];

/** Columns for `--fields a,b.c`: one per field, headed by its path. */
export function fieldColumns(fields: readonly string[]): Column[] {
  return fields.map((path) => ({ header: path.toUpperCase(), value: (item) => text(field(item, path)) }));
}

const cell = (column: Column, item: unknown, compact: boolean) =>
  compact && column.compact ? column.compact(item) : column.value(item);

/** Roomiest layout that fits: two-space gaps and full dates, then one space, then short dates. */
function chooseFit(items: readonly unknown[], columns: Column[], width: number): Fit {
  const options = [
    { gap: 2, compact: false },
    { gap: 1, compact: false },
    { gap: 2, compact: true },
    { gap: 1, compact: true },
  ];
  let fit: Fit | undefined;
  for (const { gap, compact } of options) {
    const widths = columns.map((column) =>
      Math.max(
        column.header.length,
        ...(column.choices ?? []).map((choice) => choice.length),
        ...items.map((item) => cell(column, item, compact).length),
      ),
    );
    fit = { widths, gap, compact };
    if (widths.reduce((sum, w) => sum + w, 0) + gap * (columns.length - 1) <= width) break;
  }
  return fit as Fit;
}

export function renderTable(items: readonly unknown[], layout: TableLayout, withHeader: boolean): string {
  layout.fit ??= chooseFit(items, layout.columns, layout.width);
  const { widths, gap, compact } = layout.fit;
  const separator = ' '.repeat(gap);
  // A value wider than its column (a later page) pushes the row out rather than being cut.
  const last = layout.columns.length - 1;
  const line = (cells: string[], paint = (s: string) => s) =>
    `${cells
      .map((value, i) => paint(i < last ? value.padEnd(widths[i] ?? 0) : value))
      .join(separator)
      .trimEnd()}\n`;
  let out = withHeader
    ? line(
        layout.columns.map((c) => c.header),
        layout.colors.bold,
      )
    : '';
  for (const item of items) out += line(layout.columns.map((column) => cell(column, item, compact)));
  return out;
}
