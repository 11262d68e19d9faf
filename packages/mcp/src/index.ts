/** `@llamacloud-batch/mcp`: the tool catalogue as data (the server itself is the `llamacloud-mcp` bin). */
export { compactSchema } from './compact-schema.js';
export {
  argumentName,
  FILE_ARGUMENT_DESCRIPTION,
  type InputSchema,
  LISTED_PROPERTY_CHARS,
  MAX_ITEMS_ARGUMENT,
  MAX_ITEMS_LIMIT,
  type OperationTool,
  operationTools,
  type ToolEntry,
  type ToolOptions,
  toolName,
  toolsFor,
} from './tools.js';
