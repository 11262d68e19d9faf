/**
 * The table view: one row per item, borderless like `gh`, fitted to the terminal (80 columns when
 * not a terminal). Column widths are fixed by the first page so later pages line up with it.
 */
import type { TableColumnMeta } from '@llamacloud-batch/types';
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

/**
 * One column per field (dotted paths allowed), headed by the field's name in capitals. The spec's
 * enum values size a column up front; date-times print as `2019-12-27 18:11` (just the date when tight).
 */
export function columnsFor(fields: readonly string[], schemas: readonly TableColumnMeta[]): Column[] {
  return fields.map((path) => {
    const schema = schemas.find((candidate) => candidate.name === path);
    const header = path.replace(/[_.]/g, ' ').toUpperCase();
    if (schema?.format === 'date-time') {
      return {
        header,
        value: (item) => shortDate(field(item, path), 16),
        compact: (item) => shortDate(field(item, path), 10),
      };
    }
    return {
      header,
      value: (item) => text(field(item, path)),
      ...(schema?.enum && { choices: schema.enum.map(String) }),
    };
  });
}

/** One object as FIELD/VALUE rows, nested fields flattened to dotted paths. */
export function renderRecord(value: unknown, colors: Palette): string {
  const rows: [string, string][] = [];
  const visit = (node: unknown, path: string) => {
    if (typeof node === 'object' && node !== null && !Array.isArray(node) && Object.keys(node).length > 0) {
      for (const [key, inner] of Object.entries(node)) visit(inner, path ? `${path}.${key}` : key);
    } else {
      rows.push([path, text(node)]);
    }
  };
  visit(value, '');
  const width = Math.max(5, ...rows.map(([name]) => name.length));
  const header = `${colors.bold(`${'FIELD'.padEnd(width)}  VALUE`)}\n`;
  const body = rows.map(([name, cellText]) => `${name.padEnd(width)}  ${cellText}`.trimEnd()).join('\n');
  return `${header}${body}\n`;
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
