/**
 * Redocly plugin: lint rules for the Speakeasy extensions our generator reads from the spec
 * (x-speakeasy-group, x-speakeasy-name-override, x-speakeasy-pagination).
 */

const GROUP = /^[a-z][A-Za-z0-9]*(\.[a-z][A-Za-z0-9]*)*$/;
const NAME = /^[a-z][A-Za-z0-9]*$/;
const FIELD_PATH = /^\$((\.[A-Za-z_][A-Za-z0-9_]*)+)$/;
const PARAMETER_LOCATIONS = new Set(['query', 'path', 'header']);
const PAGINATION = {
  offsetLimit: { inputTypes: ['offset', 'limit', 'page'], requiredInputs: ['offset', 'limit'], outputs: ['results'] },
  cursor: { inputTypes: ['cursor', 'limit'], requiredInputs: ['cursor'], outputs: ['results', 'nextCursor'] },
};

/** "GET /api/v1/..." for the operation being visited, read from its JSON pointer. */
function describeOperation(ctx) {
  const segments = ctx.location.pointer.split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  const method = segments.at(-1);
  const path = segments.at(-2);
  return `${method.toUpperCase()} ${path}`;
}

function resolve(ctx, node) {
  return node && typeof node === 'object' && typeof node.$ref === 'string' ? ctx.resolve(node).node : node;
}

/** Every property name a schema declares, through $refs and allOf. */
function propertiesOf(ctx, schema, seen = new Set()) {
  const resolved = resolve(ctx, schema);
  if (!resolved || typeof resolved !== 'object' || seen.has(resolved)) return {};
  seen.add(resolved);
  const own = resolved.properties && typeof resolved.properties === 'object' ? resolved.properties : {};
  const inherited = (resolved.allOf ?? []).map((part) => propertiesOf(ctx, part, seen));
  return Object.assign({}, ...inherited, own);
}

/** The JSON schema of the operation's first 2xx application/json response, if any. */
function successSchema(ctx, operation) {
  for (const [status, response] of Object.entries(operation.responses ?? {})) {
    if (!/^2(\d\d|XX)$/.test(status)) continue;
    const schema = resolve(ctx, response)?.content?.['application/json']?.schema;
    if (schema) return { status, schema };
  }
  return undefined;
}

/** Every parameter of an operation with its path item's, keyed by name, $refs resolved. */
function parametersOf(ctx, operation, pathItem) {
  const all = [...(pathItem?.parameters ?? []), ...(operation.parameters ?? [])].map((p) => resolve(ctx, p));
  return new Map(all.filter((p) => p && PARAMETER_LOCATIONS.has(p.in)).map((p) => [p.name, p]));
}

function SdkName() {
  return {
    Operation: {
      enter(operation, ctx) {
        const where = describeOperation(ctx);
        for (const [key, pattern, shape] of [
          ['x-speakeasy-group', GROUP, 'dotted camelCase identifiers, e.g. beta.batch.jobItems'],
          ['x-speakeasy-name-override', NAME, 'one camelCase identifier, e.g. getStatus'],
        ]) {
          const value = operation[key];
          if (value === undefined) {
            ctx.report({ message: `${where} has no \`${key}\` (expected ${shape}).`, location: ctx.location.key() });
          } else if (typeof value !== 'string' || !pattern.test(value)) {
            ctx.report({
              message: `${where}: \`${key}\` is ${JSON.stringify(value)}; expected ${shape}.`,
              location: ctx.location.child(key),
            });
          }
        }
      },
    },
  };
}

function SdkNameUnique() {
  const seen = new Map();
  return {
    Operation: {
      enter(operation, ctx) {
        const group = operation['x-speakeasy-group'];
        const name = operation['x-speakeasy-name-override'];
        if (typeof group !== 'string' || typeof name !== 'string') return;
        const method = `${group}.${name}`;
        const where = describeOperation(ctx);
        const first = seen.get(method);
        if (first === undefined) {
          seen.set(method, where);
        } else {
          ctx.report({
            message: `${where} and ${first} are both SDK method \`${method}\`; give one of them another x-speakeasy-group or x-speakeasy-name-override.`,
            location: ctx.location.child('x-speakeasy-name-override'),
          });
        }
      },
    },
  };
}

/** Inputs: each names one of the operation's parameters, with a type its pagination kind knows. */
function checkInputs(pagination, kind, parameters, report) {
  const inputs = Array.isArray(pagination.inputs) ? pagination.inputs : [];
  if (!Array.isArray(pagination.inputs)) report('has no `inputs` list.', []);
  inputs.forEach((input, i) => {
    if (input?.in !== 'parameters') {
      report(`input ${i} has in: ${JSON.stringify(input?.in)}; only \`in: parameters\` is supported.`, [
        'inputs',
        i,
        'in',
      ]);
    } else if (!parameters.has(input.name)) {
      const known = [...parameters.keys()].join(', ') || 'none';
      report(
        `input ${i} names parameter ${JSON.stringify(input.name)}, which the operation does not have (query, path and header parameters: ${known}).`,
        ['inputs', i, 'name'],
      );
    }
    if (!kind.inputTypes.includes(input?.type)) {
      report(
        `input ${i} has type ${JSON.stringify(input?.type)}; a ${pagination.type} input is one of: ${kind.inputTypes.join(', ')}.`,
        ['inputs', i, 'type'],
      );
    }
  });
  for (const type of kind.requiredInputs) {
    if (!inputs.some((input) => input?.type === type)) {
      report(`(type ${pagination.type}) has no input of type ${type}.`, ['inputs']);
    }
  }
}

/** Outputs: each is $.<field>[.<field>...] naming a property of the 2xx JSON response. */
function checkOutputs(ctx, pagination, kind, success, report) {
  for (const output of kind.outputs) {
    const value = pagination.outputs?.[output];
    const at = ['outputs', output];
    const match = typeof value === 'string' ? FIELD_PATH.exec(value) : null;
    if (value === undefined) {
      report(`(type ${pagination.type}) has no outputs.${output}.`, ['outputs']);
    } else if (!match) {
      report(`outputs.${output} is ${JSON.stringify(value)}; expected $.<field> (e.g. $.items).`, at);
    } else if (!success) {
      report(`outputs.${output} points into the response, but the operation has no 2xx application/json schema.`, at);
    } else {
      let schema = success.schema;
      for (const field of match[1].slice(1).split('.')) {
        const properties = propertiesOf(ctx, schema);
        if (!(field in properties)) {
          const known = Object.keys(properties).join(', ') || 'none';
          report(
            `outputs.${output} is ${value}, but the ${success.status} response has no property ${JSON.stringify(field)} there (properties: ${known}).`,
            at,
          );
          break;
        }
        schema = properties[field];
      }
    }
  }
}

function Pagination() {
  return {
    PathItem: {
      Operation: {
        enter(operation, ctx, parents) {
          const pagination = operation['x-speakeasy-pagination'];
          if (pagination === undefined) return;
          const where = `${describeOperation(ctx)}: x-speakeasy-pagination`;
          const report = (message, path) =>
            ctx.report({
              message: `${where} ${message}`,
              location: ctx.location.child(['x-speakeasy-pagination', ...path]),
            });
          const kind = PAGINATION[pagination?.type];
          if (!kind) {
            report(
              `has type ${JSON.stringify(pagination?.type)}; expected one of: ${Object.keys(PAGINATION).join(', ')}.`,
              ['type'],
            );
            return;
          }
          checkInputs(pagination, kind, parametersOf(ctx, operation, parents?.PathItem), report);
          checkOutputs(ctx, pagination, kind, successSchema(ctx, operation), report);
        },
      },
    },
  };
}

export default function speakeasyPlugin() {
  return {
    id: 'speakeasy',
    rules: {
      oas3: {
        'operation-sdk-name': SdkName,
        'sdk-name-unique': SdkNameUnique,
        pagination: Pagination,
      },
    },
  };
}
