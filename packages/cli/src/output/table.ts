/**
 * The table view: one row per item, borderless like `gh`. Given a width (a terminal's) no line is
 * wider: long cells are cut with `…`, and a column that would not fit even so is left out; with no
 * width (a pipe) nothing is cut. Column widths are fixed by the first page so later pages line up.
 */
import type { TableColumnMeta } from '@llamacloud-batch/types';
import { getProperty } from 'dot-prop';
import { cellText, displayWidth, isDateTime, pad, shortDateTime, truncate } from './cells.js';
import type { Palette } from './colors.js';
import { leaves } from './paths.js';

export interface Column {
  header: string;
  value(item: unknown): string;
  /** A shorter rendering, used when the table would not fit the width otherwise. */
  compact?(item: unknown): string;
  /** Every value the column can hold (an enum), so widths set by the first page fit the rest. */
  choices?: readonly string[];
  /** An id: left out rather than cut to fit (a cut id is useless). */
  whole?: boolean;
}

export interface TableLayout {
  columns: Column[];
  colors: Palette;
  /** Columns to fit in (Infinity: no limit). */
  width: number;
  /** Chosen with the first batch and kept, so later batches line up with it. */
  fit?: Fit;
}

interface Fit {
  /** Indexes of the columns shown. */
  shown: number[];
  widths: number[];
  gap: number;
  compact: boolean;
}

/** A column is not cut below this (it is left out instead): shorter, a value says too little. */
const MIN_CUT = 16;
/** Roomiest first: two-space gaps and full dates, then one space, then short dates. */
const SPACINGS = [
  { gap: 2, compact: false },
  { gap: 1, compact: false },
  { gap: 2, compact: true },
  { gap: 1, compact: true },
];

const ID = /(^|[._])id$/;

const field = (item: unknown, path: string): unknown =>
  typeof item === 'object' && item !== null ? getProperty(item, path) : undefined;

/**
 * One column per field (dotted paths allowed), headed by the field's name in capitals. The spec's
 * enum values size a column up front; date-times print as `2019-12-27 18:11` (just the date when tight).
 */
export function columnsFor(fields: readonly string[], schemas: readonly TableColumnMeta[]): Column[] {
  return fields.map((path) => {
    const schema = schemas.find((candidate) => candidate.name === path);
    const header = path.replace(/[_.]/g, ' ').toUpperCase();
    const value = (item: unknown) => cellText(field(item, path));
    if (ID.test(path)) return { header, value, whole: true };
    if (schema?.format === 'date-time') {
      const date = (item: unknown, compact: boolean) => {
        const raw = field(item, path);
        return typeof raw === 'string' ? shortDateTime(raw, compact) : '';
      };
      return { header, value: (item) => date(item, false), compact: (item) => date(item, true) };
    }
    if (!schema) {
      // A --fields column the spec's table does not list: a date-time still shortens when tight.
      const compact = (item: unknown) => {
        const raw = field(item, path);
        return isDateTime(raw) ? shortDateTime(raw, true) : value(item);
      };
      return { header, value, compact };
    }
    return { header, value, ...(schema.enum && { choices: schema.enum.map(String) }) };
  });
}

/** One object as FIELD/VALUE rows, nested fields flattened to dotted paths, cut to `width`. */
export function renderRecord(value: unknown, colors: Palette, width = Number.POSITIVE_INFINITY): string {
  const rows = leaves(value).map(([path, node]) => [path, cellText(node)] as const);
  const natural = Math.max(5, ...rows.map(([name]) => displayWidth(name)));
  const nameWidth = Math.max(5, Math.min(natural, width - 2 - MIN_CUT));
  const valueWidth = width - nameWidth - 2;
  const line = (name: string, cellValue: string) =>
    `${pad(truncate(name, nameWidth), nameWidth)}  ${truncate(cellValue, valueWidth)}`.trimEnd();
  const header = `${colors.bold(line('FIELD', 'VALUE'))}\n`;
  return `${header}${rows.map(([name, cellValue]) => line(name, cellValue)).join('\n')}\n`;
}

const cell = (column: Column, item: unknown, compact: boolean) =>
  compact && column.compact ? column.compact(item) : column.value(item);

function naturalWidths(items: readonly unknown[], columns: readonly Column[], compact: boolean): number[] {
  return columns.map((column) =>
    Math.max(
      displayWidth(column.header),
      ...(column.choices ?? []).map(displayWidth),
      ...items.map((item) => displayWidth(cell(column, item, compact))),
    ),
  );
}

/** Cuts the widest columns down to their floors, one column of text at a time; undefined if that is not enough. */
function cutToFit(widths: readonly number[], floors: readonly number[], room: number): number[] | undefined {
  const cut = [...widths];
  let excess = cut.reduce((sum, w) => sum + w, 0) - room;
  while (excess > 0) {
    let widest = -1;
    for (let i = 0; i < cut.length; i++) {
      const w = cut[i] as number;
      if (w > (floors[i] as number) && (widest < 0 || w > (cut[widest] as number))) widest = i;
    }
    if (widest < 0) return undefined;
    cut[widest] = (cut[widest] as number) - 1;
    excess--;
  }
  return cut;
}

/** Widths for `columns` in `width`: the roomiest spacing that fits whole, else with cells cut to their floors. */
function fitColumns(items: readonly unknown[], columns: readonly Column[], width: number, shown: number[]) {
  const picked = shown.map((i) => columns[i] as Column);
  const room = (gap: number) => width - gap * (picked.length - 1);
  for (const { gap, compact } of SPACINGS) {
    const widths = naturalWidths(items, picked, compact);
    if (widths.reduce((sum, w) => sum + w, 0) <= room(gap)) return { shown, widths, gap, compact };
  }
  for (const { gap, compact } of SPACINGS) {
    const natural = naturalWidths(items, picked, compact);
    const floors = natural.map((w, i) => {
      if (picked[i]?.whole) return w;
      // The first column is what a row is; it keeps at least half the width.
      return Math.min(w, i === 0 ? Math.max(MIN_CUT, Math.floor(width / 2)) : MIN_CUT);
    });
    const widths = cutToFit(natural, floors, room(gap));
    if (widths) return { shown, widths, gap, compact };
  }
  return undefined;
}

/**
 * The first column, then each next one that still fits beside those kept (cut, unless it is an id,
 * which cut is useless), so one column too wide to fit leaves out only itself.
 */
function chooseFit(items: readonly unknown[], columns: Column[], width: number): Fit {
  let fit: Fit | undefined = fitColumns(items, columns, width, [0]);
  if (!fit) {
    const [first = 0] = naturalWidths(items, columns.slice(0, 1), true);
    return { shown: [0], widths: [Math.max(1, Math.min(first, width))], gap: 2, compact: true };
  }
  for (let i = 1; i < columns.length; i++) fit = fitColumns(items, columns, width, [...fit.shown, i]) ?? fit;
  return fit;
}

export function renderTable(items: readonly unknown[], layout: TableLayout, withHeader: boolean): string {
  layout.fit ??= chooseFit(items, layout.columns, layout.width);
  const { shown, widths, gap, compact } = layout.fit;
  const columns = shown.map((i) => layout.columns[i] as Column);
  const separator = ' '.repeat(gap);
  const last = columns.length - 1;
  // The last column may use whatever the others leave; with no width limit a wider value pushes the row out.
  const lastRoom = layout.width - widths.slice(0, last).reduce((sum, w) => sum + w + gap, 0);
  const limited = Number.isFinite(layout.width);
  const line = (cells: string[], paint = (s: string) => s) =>
    `${cells
      .map((value, i) => {
        const cut = limited ? truncate(value, i < last ? (widths[i] ?? 0) : lastRoom) : value;
        return paint(i < last ? pad(cut, widths[i] ?? 0) : cut);
      })
      .join(separator)
      .trimEnd()}\n`;
  let out = withHeader
    ? line(
        columns.map((c) => c.header),
        layout.colors.bold,
      )
    : '';
  for (const item of items) out += line(columns.map((column) => cell(column, item, compact)));
  return out;
}
