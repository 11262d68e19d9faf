/**
 * Redocly plugin: decorators for the API reference page (`pnpm run docs` bundles with them, then
 * builds the page), so the hand-written spec stays free of generated text.
 *   docs/code-samples  x-codeSamples on every operation: the CLI command, the TypeScript call and
 *                      curl, from the operation model (packages/types/scripts/code-samples.mjs, the
 *                      same samples the CLI's help and manual show)
 *   docs/parameters    a parameter's own description wins over the schema it references, as in the
 *                      CLI's help and the MCP tools (parameter-metadata.mjs parameterSchema), and ends
 *                      with its CLI flag; a request body's description names its fields' flags
 */
import { codeSamples, kebab, SAMPLE_LANGUAGES } from '../../packages/types/scripts/code-samples.mjs';
import { operationModel } from '../../packages/types/scripts/operation-model.mjs';
import { parameterSchema, resolveRef } from '../../packages/types/scripts/parameter-metadata.mjs';

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** Every operation object of the document with its path item, in document order. */
function* operations(root) {
  for (const [path, pathItem] of Object.entries(root.paths ?? {})) {
    for (const method of HTTP_METHODS) {
      if (pathItem?.[method]) yield { path, method, pathItem, operation: pathItem[method] };
    }
  }
}

/** The `--flag` sentence put after a description. */
const flagNote = (name) => `CLI: \`--${kebab(name)}\``;

function CodeSamples() {
  return {
    Root: {
      leave(root) {
        const model = operationModel(root);
        const samples = codeSamples(root, model);
        const byLocation = new Map(Object.values(model).map((op) => [`${op.method} ${op.path}`, op.id]));
        for (const { path, method, operation } of operations(root)) {
          const sample = samples[byLocation.get(`${method} ${path}`)];
          if (!sample) continue;
          operation['x-codeSamples'] = SAMPLE_LANGUAGES.map(({ key, lang, label }) => ({
            lang,
            label,
            source: sample[key],
          }));
        }
      },
    },
  };
}

/**
 * Each parameter's description is its own (not a referenced schema's), followed by its CLI flag;
 * a request body's description names the flags its fields are.
 */
function Parameters() {
  return {
    Root: {
      leave(root) {
        for (const { pathItem, operation } of operations(root)) {
          for (const list of [pathItem.parameters, operation.parameters]) {
            list?.forEach((raw, index) => {
              const parameter = resolveRef(root, raw);
              if (parameter.in === 'cookie') return;
              // build-docs applies the decorators to the bundle once more: the note is added once.
              const note = flagNote(parameter.name);
              const own = parameter.description?.includes(note);
              const description = own
                ? parameter.description
                : [parameter.description, note].filter(Boolean).join('\n\n');
              const described = { ...parameter, description };
              list[index] = { ...described, schema: parameterSchema(root, described) };
            });
          }
          if (operation.requestBody) {
            const body = resolveRef(root, operation.requestBody);
            const media = body.content?.['application/json'] ?? body.content?.['multipart/form-data'];
            const schema = resolveRef(root, media?.schema ?? {});
            const flags = Object.keys(schema.properties ?? {}).map((name) => `\`--${kebab(name)}\``);
            const json = body.content?.['application/json'] !== undefined;
            const note = json
              ? `CLI: each field is a flag (${flags.join(', ')}); \`--body\` takes the whole body as JSON.`
              : `CLI: each field is a flag, a file part taking \`@path\` (${flags.join(', ')}); \`--body\` takes the other fields as JSON.`;
            if (body.description?.includes(note)) continue;
            operation.requestBody = { ...body, description: [body.description, note].filter(Boolean).join('\n\n') };
          }
        }
      },
    },
  };
}

export default function docsPlugin() {
  return {
    id: 'docs',
    decorators: {
      oas3: {
        'code-samples': CodeSamples,
        parameters: Parameters,
      },
    },
  };
}
