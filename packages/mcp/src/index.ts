/** `@llamacloud-batch/mcp`: the tool catalogue as data (the server itself is the `llamacloud-mcp` bin). */
export {
  argumentName,
  FILE_ARGUMENT_DESCRIPTION,
  type InputSchema,
  MAX_ITEMS_ARGUMENT,
  MAX_ITEMS_LIMIT,
  type OperationTool,
  type ToolOptions,
  toolName,
  toolsFor,
} from './tools.js';
