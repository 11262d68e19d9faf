import { describe, expect, test } from 'vitest';
// @ts-expect-error -- plain ESM generator script without declarations
import { parameterMetadata, schemaMetadata } from '../scripts/parameter-metadata.mjs';

const doc = {
  components: {
    schemas: {
      Color: { type: 'string', enum: ['red', 'green'], description: 'A colour' },
      Count: { type: 'integer', minimum: 1, maximum: 9 },
    },
  },
};

describe('schemaMetadata: each schema shape → its metadata', () => {
  test.each([
    ['plain string', { type: 'string' }, { type: 'string', nullable: false }],
    ['3.1 type array with null', { type: ['string', 'null'] }, { type: 'string', nullable: true }],
    [
      'anyOf with null',
      { anyOf: [{ type: 'string', format: 'uuid' }, { type: 'null' }] },
      { type: 'string', nullable: true, format: 'uuid' },
    ],
    [
      '$ref to an enum',
      { $ref: '#/components/schemas/Color' },
      { type: 'string', nullable: false, enum: ['red', 'green'] },
    ],
    [
      'anyOf $ref + null',
      { anyOf: [{ $ref: '#/components/schemas/Color' }, { type: 'null' }] },
      { type: 'string', nullable: true, enum: ['red', 'green'] },
    ],
    ['enum containing null', { enum: ['a', null] }, { type: 'string', nullable: true, enum: ['a'] }],
    [
      'integer bounds and default',
      { type: 'integer', minimum: 0, maximum: 5, default: 2 },
      { type: 'integer', nullable: false, minimum: 0, maximum: 5, default: 2 },
    ],
    [
      '$ref with sibling default',
      { $ref: '#/components/schemas/Count', default: 3 },
      { type: 'integer', nullable: false, minimum: 1, maximum: 9, default: 3 },
    ],
    ['boolean', { type: 'boolean', default: false }, { type: 'boolean', nullable: false, default: false }],
    [
      'exclusive bounds',
      { type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 1 },
      { type: 'number', nullable: false, exclusiveMinimum: 0, exclusiveMaximum: 1 },
    ],
    [
      'length and pattern',
      { type: 'string', minLength: 2, maxLength: 4, pattern: '^a' },
      { type: 'string', nullable: false, minLength: 2, maxLength: 4, pattern: '^a' },
    ],
    [
      'array of enum',
      { type: 'array', items: { $ref: '#/components/schemas/Color' } },
      { type: 'array', nullable: false, items: { type: 'string', enum: ['red', 'green'] } },
    ],
  ])('%s', (_name, schema, expected) => {
    expect(schemaMetadata(doc, schema)).toEqual(expected);
  });

  test.each([
    ['two non-null anyOf branches', { anyOf: [{ type: 'string' }, { type: 'integer' }] }, /anyOf\/oneOf of 2/],
    ['a multi-type array', { type: ['string', 'integer'] }, /Unsupported parameter type/],
    ['a remote $ref', { $ref: 'other.yaml#/x' }, /Only local/],
    ['a dangling $ref', { $ref: '#/components/schemas/Nope' }, /Unresolvable/],
  ])('rejects %s', (_name, schema, message) => {
    expect(() => schemaMetadata(doc, schema)).toThrow(message);
  });
});

describe('parameterMetadata', () => {
  test('takes name, location, required flag and description', () => {
    expect(
      parameterMetadata(doc, {
        name: 'limit',
        in: 'query',
        required: true,
        description: 'How many',
        schema: { type: 'integer', minimum: 1 },
      }),
    ).toEqual({
      name: 'limit',
      in: 'query',
      required: true,
      type: 'integer',
      nullable: false,
      minimum: 1,
      description: 'How many',
    });
  });

  test('falls back to the schema description', () => {
    expect(
      parameterMetadata(doc, { name: 'c', in: 'query', schema: { $ref: '#/components/schemas/Color' } }).description,
    ).toBe('A colour');
  });
});
