/** The table view: one row per job, borderless like `gh`, columns sized to fit 80 columns. */
import Table from 'cli-table3';
import { getProperty } from 'dot-prop';
import type { Palette } from './colors.js';

export interface Column {
  header: string;
  value(item: unknown): string;
}

export interface TableLayout {
  columns: Column[];
  colors: Palette;
  /** Fixed widths, set from the first batch so later batches line up with it. */
  widths?: number[];
}

const field = (item: unknown, path: string): unknown =>
  typeof item === 'object' && item !== null ? getProperty(item, path) : undefined;

const text = (value: unknown): string =>
  value === undefined || value === null ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);

/** `2019-12-27T18:11:19.117Z` → `2019-12-27 18:11`. */
function shortDate(value: unknown): string {
  return typeof value === 'string' ? value.replace('T', ' ').slice(0, 16) : '';
}

export const DEFAULT_COLUMNS: Column[] = [
  { header: 'ID', value: (item) => text(field(item, 'id')) },
  { header: 'TYPE', value: (item) => text(field(item, 'job_type')) },
  { header: 'STATUS', value: (item) => text(field(item, 'status')) },
  {
    header: 'ITEMS',
    value: (item) => `${text(field(item, 'processed_items') ?? 0)}/${text(field(item, 'total_items'))}`,
  },
  { header: 'CREATED', value: (item) => shortDate(field(item, 'created_at')) },
];

/** Columns for `--fields a,b.c`: one per field, headed by its path. */
export function fieldColumns(fields: readonly string[]): Column[] {
  return fields.map((path) => ({ header: path.toUpperCase(), value: (item) => text(field(item, path)) }));
}

const BORDERLESS = {
  top: '',
  'top-mid': '',
  'top-left': '',
  'top-right': '',
  bottom: '',
  'bottom-mid': '',
  'bottom-left': '',
  'bottom-right': '',
  left: '',
  'left-mid': '',
  mid: '',
  'mid-mid': '',
  right: '',
  'right-mid': '',
  middle: ' ',
};

export function renderTable(items: readonly unknown[], layout: TableLayout, withHeader: boolean): string {
  const rows = items.map((item) => layout.columns.map((column) => column.value(item)));
  if (!layout.widths) {
    const headers = layout.columns.map((c) => c.header);
    layout.widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)) + 1);
  }
  const table = new Table({
    chars: BORDERLESS,
    colWidths: layout.widths,
    style: { head: [], border: [], 'padding-left': 0, 'padding-right': 0 },
    wordWrap: false,
  });
  if (withHeader) table.push(layout.columns.map((c) => layout.colors.bold(c.header)));
  for (const row of rows) table.push(row);
  if (table.length === 0) return '';
  return `${table
    .toString()
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')}\n`;
}
