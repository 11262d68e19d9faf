/**
 * What a tool call returns: the answer as structured content, a one-line summary for people and
 * agents, and the same answer as JSON text for clients that read only text content (the MCP spec
 * asks tools with structured content to send it both ways).
 */
import type { OperationMeta, PaginationMeta } from '@llamacloud-batch/types';
import { argumentName } from './tools.js';

export interface ToolResult {
  [key: string]: unknown;
  content: ({ type: 'text'; text: string } | { type: 'image'; data: string; mimeType: string })[];
  structuredContent?: Record<string, unknown>;
  isError?: boolean;
}

/** What a walk over several pages collected, and how to go on. */
export interface Walk {
  items: unknown[];
  pages: number;
  /** The arguments (by argument name) that continue the walk where it stopped; undefined when the list ended. */
  next: Record<string, unknown> | undefined;
}

type Page = Record<string, unknown>;

export function errorResult(message: string): ToolResult {
  return { content: [{ type: 'text', text: message }], isError: true };
}

/** A non-paginated operation's answer: an object as it is; anything else under `result`. */
export function valueResult(title: string, data: unknown): ToolResult {
  if (data === undefined) return { content: [{ type: 'text', text: `${title}: done (no content in the answer)` }] };
  if (!isObject(data)) return answer(`${title}: ${describeValue(data)}`, { result: data });
  return answer(`${title}: ${describeValue(data)}`, data);
}

/** Images up to this size go to the agent as MCP image content; other binary answers are described. */
export const MAX_IMAGE_BYTES = 1024 * 1024;

/** A binary (non-JSON) answer: an image as MCP image content when small enough, else what it is and its size. */
export async function binaryResult(title: string, data: Blob): Promise<ToolResult> {
  const type = data.type || 'application/octet-stream';
  if (type.startsWith('image/') && data.size <= MAX_IMAGE_BYTES) {
    const base64 = Buffer.from(await data.arrayBuffer()).toString('base64');
    return { content: [{ type: 'image', data: base64, mimeType: type }] };
  }
  return { content: [{ type: 'text', text: `${title}: ${data.size} bytes of ${type} (binary, not shown)` }] };
}

/** One page of a paginated operation, exactly as the API sent it, with how to get more. */
export function pageResult(operation: OperationMeta, params: Record<string, unknown>, page: Page): ToolResult {
  const pagination = operation.pagination as PaginationMeta;
  const count = Array.isArray(page[pagination.results]) ? (page[pagination.results] as unknown[]).length : 0;
  const start =
    pagination.type === 'offsetLimit' && typeof params[pagination.offset] === 'number'
      ? (params[pagination.offset] as number)
      : 0;
  const total = totalOf(page, start + count);
  let more = '';
  if (pagination.type === 'cursor') {
    const cursor = page[pagination.nextCursor];
    if (typeof cursor === 'string' && cursor !== '') {
      more = `; more follow: call again with ${argumentName(pagination.cursor)}=${JSON.stringify(cursor)}, or pass max_items to walk pages`;
    }
  } else {
    const limitMeta = operation.parameters.find((parameter) => parameter.name === pagination.limit);
    const limit = pagination.limit === undefined ? undefined : (params[pagination.limit] ?? limitMeta?.default);
    const atEnd = total !== undefined && start + count >= total;
    if (count > 0 && count === limit && !atEnd) {
      more = `; more may follow: call again with ${argumentName(pagination.offset)}=${start + count}, or pass max_items to walk pages`;
    }
  }
  const inAll =
    total !== undefined
      ? ` (${total} in all)`
      : typeof page.total_size === 'number'
        ? ` (total_size ${page.total_size} is fewer than that, so not used)`
        : '';
  return answer(`${counted(count, pagination.results)} on this page${inAll}${more}`, page);
}

/** The page's `total_size` when it can be the list's size: at least the `seen` items up to here. */
export function totalOf(page: Page | undefined, seen: number): number | undefined {
  const total = page?.total_size;
  return typeof total === 'number' && total >= seen ? total : undefined;
}

/** Several pages: every item collected, and the arguments that go on from where the walk stopped. */
export function walkResult(pagination: PaginationMeta, walk: Walk, maxItems: number): ToolResult {
  const { items, pages, next } = walk;
  const where = next
    ? `stopped at max_items=${maxItems}; to go on, call again with ${Object.entries(next)
        .map(([name, value]) => `${name}=${JSON.stringify(value)}`)
        .join(', ')}`
    : 'that is the whole list';
  const summary = `${counted(items.length, pagination.results)} from ${counted(pages, 'pages')}; ${where}`;
  return answer(summary, {
    [pagination.results]: items,
    pages,
    stopped: next ? 'max_items' : 'end',
    next: next ?? null,
  });
}

/** Anything thrown that is not the client's own error, in one line. */
export function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

function answer(summary: string, structured: Record<string, unknown>): ToolResult {
  return {
    content: [
      { type: 'text', text: summary },
      { type: 'text', text: JSON.stringify(structured) },
    ],
    structuredContent: structured,
  };
}

/** `an object: id, status, …` — the top-level fields, so the summary says what came back. */
function describeValue(value: unknown): string {
  if (Array.isArray(value)) return `${value.length} ${value.length === 1 ? 'entry' : 'entries'}`;
  if (!isObject(value)) return JSON.stringify(value);
  const keys = Object.keys(value);
  const shown = keys.slice(0, 8).join(', ');
  return keys.length ? `an object with ${shown}${keys.length > 8 ? ', …' : ''}` : 'an empty object';
}

/** `1 item`, `50 items`: the results field's name, made singular for one. */
function counted(count: number, plural: string): string {
  return `${count} ${count === 1 && plural.endsWith('s') ? plural.slice(0, -1) : plural}`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
