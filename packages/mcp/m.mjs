import { operationHelp, operationHints, operationModel } from '@llamacloud-batch/types';
import { operationInputSchemas } from '@llamacloud-batch/types/schemas';
import { toolsFor } from './dist/tools.js';

const tools = toolsFor(operationModel, operationHelp, operationHints, operationInputSchemas, {
  allowWrites: true,
  allowFiles: true,
});
for (const t of tools) console.log(JSON.stringify(t).length, t.name);
console.log(
  'total',
  JSON.stringify({ tools }).length,
  'readonly',
  JSON.stringify({ tools: toolsFor(operationModel, operationHelp, operationHints, operationInputSchemas) }).length,
);
console.log(JSON.stringify(tools[0]));
const c = tools.find((t) => t.name === 'beta_batch_create');
console.log(Object.keys(c.inputSchema.$defs ?? {}));
