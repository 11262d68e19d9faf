/**
 * The client's method signatures, derived from the generated operation model (group, name, path,
 * method, pagination) and openapi-typescript's `paths` (parameters, bodies, responses). Nothing here
 * names an operation: a new operation in the spec becomes a typed method at the next build.
 */
import type { operationModel, paths } from '@llamacloud-batch/types';
import type { RequestOptions } from '../core/transport.js';
import type { Uploadable } from '../core/uploadable.js';
import type { PageWalkOptions } from '../pagination.js';
import type { PagePromise } from './page-promise.js';

type Model = typeof operationModel;
/** `'beta.batch.list' | 'beta.batch.getStatus' | …`: every operation in the spec. */
export type OperationKey = keyof Model;

/** An object with no keys: what an operation without inputs of a kind contributes. */
// biome-ignore lint/complexity/noBannedTypes: `{}` is the type every object type extends, which ParamsArg tests for
type NoInputs = {};
type Simplify<T> = { [K in keyof T]: T[K] } & NoInputs;
type UnionToIntersection<U> = (U extends unknown ? (arg: U) => void : never) extends (arg: infer I) => void ? I : never;

/** openapi-typescript's description of one operation. */
export type OperationOf<K extends OperationKey> = paths[Model[K]['path']][Model[K]['method']];

type ParameterGroup<O, Where extends string> = O extends { parameters: { [P in Where]?: infer G } }
  ? [NonNullable<G>] extends [never]
    ? NoInputs
    : NonNullable<G>
  : NoInputs;
/** A form's fields as the method takes them: a file part (a `Blob` in the types) is any Uploadable. */
type FormFields<B> = { [F in keyof B]: [NonNullable<B[F]>] extends [Blob] ? Uploadable | Exclude<B[F], Blob> : B[F] };
type BodyOf<C> = C extends { 'application/json': infer B }
  ? B
  : C extends { 'multipart/form-data': infer B }
    ? FormFields<B>
    : C extends { 'application/x-www-form-urlencoded': infer B }
      ? B
      : // Raw bytes (application/octet-stream, a PDF, an image): the body is one file.
        [keyof C] extends [never]
        ? NoInputs
        : Uploadable;
/** The body inputs of operation K: its fields (`body_<name>` where a parameter has the name), or `{ body }` for a whole body. */
type BodyInputs<K extends OperationKey, B> = Model[K] extends { body: { whole: true } }
  ? { body: B }
  : { [F in keyof B as F extends RenamedFields<K> ? `body_${F & string}` : F]: B[F] };
/** Body properties that a parameter's name shadows (the model gives them a `wireName`). */
type RenamedFields<K extends OperationKey> = Model[K] extends { body: { fields: readonly (infer F)[] } }
  ? F extends { wireName: infer W extends string }
    ? W
    : never
  : never;
type RequestBody<K extends OperationKey> =
  OperationOf<K> extends { requestBody: { content: infer C } }
    ? BodyInputs<K, BodyOf<C>>
    : OperationOf<K> extends { requestBody?: { content: infer C } }
      ? Partial<BodyInputs<K, BodyOf<C>>>
      : NoInputs;

/** The one object a method takes after its path arguments: query, header, cookie and body inputs together. */
export type OperationParams<K extends OperationKey> = Simplify<
  ParameterGroup<OperationOf<K>, 'query'> &
    ParameterGroup<OperationOf<K>, 'header'> &
    ParameterGroup<OperationOf<K>, 'cookie'> &
    RequestBody<K>
>;

type SuccessStatus = 200 | 201 | 202 | 203 | 204;
type Responses<K extends OperationKey> = OperationOf<K> extends { responses: infer R } ? R : never;
/** The parsed body of an operation's 2xx response: JSON parsed, a Blob when it is not JSON (`response: 'binary'`). */
export type OperationResponse<K extends OperationKey> = Model[K] extends { response: 'binary' }
  ? Blob
  : {
      [S in keyof Responses<K> & SuccessStatus]: Responses<K>[S] extends { content: { 'application/json': infer D } }
        ? D
        : undefined;
    }[keyof Responses<K> & SuccessStatus];

/** One value per `{name}` in a path template, in order, typed as the path parameter is (a string, an integer…). */
type PathArgs<K extends OperationKey, P extends string> = P extends `${string}{${infer Name}}${infer Rest}`
  ? [PathValue<K, Name>, ...PathArgs<K, Rest>]
  : [];
type PathValue<K extends OperationKey, Name extends string> =
  OperationOf<K> extends {
    parameters: { path: { [N in Name]: infer V } };
  }
    ? V
    : string;
type ParamsArg<K extends OperationKey> =
  NoInputs extends OperationParams<K> ? [params?: OperationParams<K>] : [params: OperationParams<K>];

/** Request options of a paginated call: per request, plus how to walk the pages when iterating. */
export interface ListOptions extends RequestOptions, PageWalkOptions {}

type ResultsField<K extends OperationKey> = Model[K] extends { pagination: { results: infer F extends string } }
  ? F
  : never;
/** One item of a paginated operation's page. */
export type OperationItem<K extends OperationKey> =
  OperationResponse<K> extends {
    [F in ResultsField<K>]?: readonly (infer Item)[] | null;
  }
    ? Item
    : never;

/** A method of the client: path values positional, then one params object, then request options. */
export type OperationMethod<K extends OperationKey> = Model[K] extends { pagination: object }
  ? (
      ...args: [...PathArgs<K, Model[K]['path']>, ...ParamsArg<K>, options?: ListOptions]
    ) => PagePromise<OperationResponse<K>, OperationItem<K>>
  : (
      ...args: [...PathArgs<K, Model[K]['path']>, ...ParamsArg<K>, options?: RequestOptions]
    ) => Promise<OperationResponse<K>>;

type Segments<S extends string> = S extends `${infer Head}.${infer Tail}` ? [Head, ...Segments<Tail>] : [S];
type Nest<Keys extends readonly string[], V> = Keys extends [infer Head extends string, ...infer Tail extends string[]]
  ? { readonly [P in Head]: Nest<Tail, V> }
  : V;

/** The methods of operations `Keys`, nested by `x-speakeasy-group`: `client.beta.batch.getStatus(…)`. */
export type OperationTreeOf<Keys extends OperationKey> = UnionToIntersection<
  { [K in Keys]: Nest<[...Segments<Model[K]['group']>, Model[K]['name']], OperationMethod<K>> }[Keys]
>;

/** `client.beta.batch.getStatus(…)` and every other operation, nested by `x-speakeasy-group`. */
export type OperationTree = OperationTreeOf<OperationKey>;
