/**
 * compactSchema: what an agent reads gets shorter, what it accepts does not change — checked by
 * Ajv on every operation's input schema, with values each schema accepts and values one of its
 * rules refuses, and on small schemas for each rewrite.
 */
import { brokenValues, type Schema, validArbitrary } from '@llamacloud-batch/testing';
import { operationInputSchemas } from '@llamacloud-batch/types/schemas';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { compactSchema } from '../src/index.js';

// ajv-formats is CommonJS; its default export arrives wrapped under NodeNext resolution.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;
const ajv = new Ajv2020({ strict: false, allErrors: false });
addFormats(ajv);
const accepts = (schema: object) => {
  const check = ajv.compile(schema);
  return (value: unknown) => check(value) as boolean;
};

describe('every operation’s input schema accepts exactly what it did', () => {
  test.each(Object.entries(operationInputSchemas))('%s', (_key, schema) => {
    const original = JSON.parse(JSON.stringify(schema)) as Schema;
    const compact = compactSchema(original);
    expect(original).toEqual(schema); // the input is not changed
    const byOriginal = accepts(original);
    const byCompact = accepts(compact);
    const valid = fc.sample(validArbitrary(original), { numRuns: 60, seed: 21 });
    for (const value of valid) {
      expect(byOriginal(value)).toBe(true);
      expect(byCompact(value)).toBe(true);
    }
    // Each property broken one rule at a time, in an otherwise valid object: refused by both, or by neither.
    const base = valid[0] as Record<string, unknown>;
    const properties = (original.properties ?? {}) as Record<string, Schema>;
    for (const [name, property] of Object.entries(properties)) {
      const cases = [
        ...brokenValues(property).map(({ value }) => value),
        null,
        'x',
        '3fa85f64-5717-4562-b3fc-2c963f66afa6',
        1.5,
        -1,
        true,
        {},
        [],
      ];
      for (const value of cases) {
        const object = { ...base, [name]: value };
        expect(byCompact(object), `${name} = ${JSON.stringify(value)}`).toBe(byOriginal(object));
      }
    }
    expect(JSON.stringify(compact).length).toBeLessThanOrEqual(JSON.stringify(original).length);
  });
});

describe('the rewrites, one by one', () => {
  test('a nullable scalar is one type list; the outer description wins, the inner one goes', () => {
    expect(
      compactSchema({
        anyOf: [{ type: 'string', format: 'uuid', description: 'inner' }, { type: 'null' }],
        description: 'outer',
        default: null,
      }),
    ).toEqual({ type: ['string', 'null'], format: 'uuid', description: 'outer', default: null });
    expect(compactSchema({ anyOf: [{ type: 'null' }, { type: 'integer', minimum: 1 }] })).toEqual({
      type: ['integer', 'null'],
      minimum: 1,
    });
  });

  test('a nullable enum keeps null among its values', () => {
    const compact = compactSchema({ anyOf: [{ type: 'string', enum: ['a', 'b'] }, { type: 'null' }] });
    expect(compact).toEqual({ type: ['string', 'null'], enum: ['a', 'b', null] });
    expect(accepts(compact)(null)).toBe(true);
    expect(accepts(compact)('c')).toBe(false);
  });

  test('what cannot fold stays: two real variants, a $ref, a const', () => {
    const unions = [
      { anyOf: [{ type: 'string' }, { type: 'integer' }] },
      { anyOf: [{ $ref: '#/$defs/X' }, { type: 'null' }], $defs: { X: { type: 'string' } } },
      { anyOf: [{ const: 'a', type: 'string' }, { type: 'null' }] },
    ];
    for (const schema of unions) expect(compactSchema(schema)).toEqual(schema);
  });

  test('the title keyword goes; a property named title stays', () => {
    expect(
      compactSchema({
        type: 'object',
        title: 'Thing',
        properties: { title: { type: 'string', title: 'Title' } },
      }),
    ).toEqual({ type: 'object', properties: { title: { type: 'string' } } });
  });

  test('a subschema written out twice is one $defs entry, named by its title, referenced where it was', () => {
    const languages = {
      type: 'array',
      title: 'Languages',
      items: {
        type: 'string',
        enum: [
          'en',
          'fr',
          'de',
          'es',
          'it',
          'nl',
          'pt',
          'sv',
          'da',
          'fi',
          'pl',
          'cs',
          'sk',
          'sl',
          'hu',
          'ro',
          'bg',
          'el',
          'et',
          'lv',
          'lt',
        ],
      },
    };
    const compact = compactSchema({
      type: 'object',
      properties: {
        a: { ...languages, description: 'A' },
        b: { anyOf: [languages, { type: 'boolean' }] },
        c: languages,
      },
    });
    // The items schema is written out a third time (in `a`, beside its description): shared too, untitled.
    const items = { $ref: '#/$defs/shared' };
    expect(compact).toEqual({
      type: 'object',
      properties: {
        a: { type: 'array', items, description: 'A' },
        b: { anyOf: [{ $ref: '#/$defs/Languages' }, { type: 'boolean' }] },
        c: { $ref: '#/$defs/Languages' },
      },
      $defs: { Languages: { type: 'array', items }, shared: languages.items },
    });
    expect(accepts(compact)({ b: ['en'], c: ['fr'] })).toBe(true);
    expect(accepts(compact)({ c: ['xx'] })).toBe(false);
  });

  test('the $defs a schema has (a recursive one’s) stay, with their references', () => {
    const node = { type: 'object', properties: { children: { type: 'array', items: { $ref: '#/$defs/Node' } } } };
    const schema = { type: 'object', properties: { root: { $ref: '#/$defs/Node' } }, $defs: { Node: node } };
    const compact = compactSchema(schema);
    expect(compact).toEqual(schema);
    expect(accepts(compact)({ root: { children: [{ children: [] }] } })).toBe(true);
    expect(accepts(compact)({ root: { children: [{ children: 'no' }] } })).toBe(false);
  });
});
