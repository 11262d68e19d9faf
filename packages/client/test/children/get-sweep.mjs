// Calls every GET operation of the built client against a Prism mock of the spec at argv[2] (the
// workspace must have been built from that spec): path values and required query parameters from the
// spec's examples, else the smallest value the schema accepts. Prints {"total", "ok", "failed": […]}.
import { minimalValue, startPrism } from '@llamacloud-batch/testing';
import { operationModel } from '@llamacloud-batch/types';
import { operationInputSchemas } from '@llamacloud-batch/types/schemas';
import { createLlamaCloudClient, methodFor } from '../../dist/bundle/index.js';

const specPath = process.argv[2];
const prism = await startPrism({ specPath });
try {
  const client = createLlamaCloudClient({ apiKey: 'llx-sweep', baseUrl: prism.url, logLevel: 'off', maxRetries: 0 });
  const failed = [];
  const gets = Object.entries(operationModel).filter(([, operation]) => operation.method === 'get');
  for (const [id, operation] of gets) {
    const { properties = {} } = operationInputSchemas[id];
    const value = (name) => minimalValue(properties[name] ?? {});
    const pathValues = operation.pathParams.map((name) => value(name));
    const params = Object.fromEntries(
      operation.parameters.filter((p) => p.in === 'query' && p.required).map((p) => [p.name, value(p.name)]),
    );
    try {
      await methodFor(client, operation)(...pathValues, params);
    } catch (error) {
      failed.push({ id, error: `${error.name}: ${error.message}`.slice(0, 300) });
    }
  }
  console.log(JSON.stringify({ total: gets.length, ok: gets.length - failed.length, failed }));
} finally {
  await prism.close();
}
