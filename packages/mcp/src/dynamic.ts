/**
 * `--tools dynamic`: three tools, whatever the size of the spec — find operations, read one's input
 * schema, call it — instead of one tool per operation, so an agent's context holds a few hundred
 * bytes of tool list rather than every operation's schema. The operations behind them are the static
 * tools themselves (the same list, filtered the same way by --allow-writes, --allow-files and
 * --group), so a call goes through the same checks as the static tool would.
 */
import type { ToolEntry } from './tools.js';

export const SEARCH_TOOL = 'search_operations';
export const DESCRIBE_TOOL = 'describe_operation';
export const CALL_TOOL = 'call_operation';
const DEFAULT_MATCHES = 20;

/**
 * describe_operation, as tools/list shows it: in dynamic mode, and beside the static tools when one
 * of them is listed with a property cut short.
 */
export function describeTool(what: string, operationIs: string) {
  return {
    name: DESCRIBE_TOOL,
    title: 'Describe an API operation',
    description: `An operation's description, annotations and whole input schema: ${what}.`,
    inputSchema: {
      type: 'object',
      properties: { operation: { type: 'string', description: operationIs } },
      required: ['operation'],
      additionalProperties: false,
    },
    annotations: { readOnlyHint: true, openWorldHint: false },
  };
}

/** The three tools' definitions, as tools/list shows them. */
export function dynamicTools(allowWrites: boolean) {
  const operation = { type: 'string', description: `An operation's name, as ${SEARCH_TOOL} lists it` };
  return [
    {
      name: SEARCH_TOOL,
      title: 'Find API operations',
      description: `Lists the operations whose name, title or description contain every word of query (all of them without one): name, title, whether it changes data.${allowWrites ? '' : ' Only read-only operations are offered.'}`,
      inputSchema: {
        type: 'object',
        properties: {
          query: { type: 'string', description: 'Words to look for, e.g. "batch status"' },
          limit: {
            type: 'integer',
            minimum: 1,
            maximum: 100,
            description: `At most this many (default ${DEFAULT_MATCHES})`,
          },
        },
        additionalProperties: false,
      },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    describeTool(`the arguments ${CALL_TOOL} takes for it`, `An operation's name, as ${SEARCH_TOOL} lists it`),
    {
      name: CALL_TOOL,
      title: 'Call an API operation',
      description: `Calls an operation with arguments that follow its input schema (${DESCRIBE_TOOL}); checked before anything is sent.`,
      inputSchema: {
        type: 'object',
        properties: { operation, arguments: { type: 'object', description: 'The operation’s arguments' } },
        required: ['operation'],
        additionalProperties: false,
      },
      annotations: allowWrites ? { readOnlyHint: false, destructiveHint: true } : { readOnlyHint: true },
    },
  ];
}

/** The operations matching every word of `query`, as a search result lists them. */
export function searchOperations(entries: readonly ToolEntry[], query: unknown, limit: unknown) {
  const words = typeof query === 'string' ? query.toLowerCase().split(/\s+/).filter(Boolean) : [];
  const matches = entries.filter(({ tool }) => {
    const text = `${tool.name} ${tool.title} ${tool.description}`.toLowerCase();
    return words.every((word) => text.includes(word) || text.includes(word.replace(/[-_]/g, ' ')));
  });
  const count = typeof limit === 'number' && Number.isInteger(limit) && limit > 0 ? limit : DEFAULT_MATCHES;
  return {
    total: matches.length,
    operations: matches.slice(0, count).map(({ tool }) => ({
      name: tool.name,
      title: tool.title,
      changesData: !tool.annotations.readOnlyHint,
    })),
  };
}

/** One operation as describe_operation shows it. */
export function describeOperation(entry: ToolEntry) {
  const { name, title, description, inputSchema, annotations } = entry.tool;
  return { name, title, description, inputSchema, annotations };
}
