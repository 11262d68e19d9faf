// @ts-check
/**
 * The one reading of spec/openapi.yaml that every spec tool shares (generate, `pnpm dev`, `spec:diff`,
 * `pnpm mock`): YAML parsed strictly (duplicate keys are errors), and any problem as one line,
 * `file:line:col: what is wrong`, instead of a parser's stack trace.
 */
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LineCounter, parseDocument } from 'yaml';

/** A spec that cannot be read; `message` is the one line to print. */
export class SpecError extends Error {
  /**
   * @param {string} file
   * @param {{ line: number, col: number } | undefined} position 1-based, when the problem has one
   * @param {string} what
   */
  constructor(file, position, what) {
    super(position ? `${file}:${position.line}:${position.col}: ${what}` : `${file}: ${what}`);
    this.name = 'SpecError';
    this.file = file;
    this.position = position;
  }
}

/**
 * Parses spec text; `file` is the name its errors carry (e.g. `spec/openapi.yaml`).
 * @param {string} text
 * @param {string} file
 * @returns {Record<string, unknown>}
 */
export function parseSpec(text, file) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false, lineCounter });
  const [error] = doc.errors;
  if (error) {
    throw new SpecError(file, lineCounter.linePos(error.pos[0]), `invalid YAML: ${error.message}`);
  }
  const document = doc.toJS();
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    throw new SpecError(
      file,
      { line: 1, col: 1 },
      'not an OpenAPI document: the top level must be a mapping (openapi, info, paths, …)',
    );
  }
  return document;
}

/**
 * Reads and parses a spec file.
 * @param {string} path
 * @param {string} [file] the name to show (default `path`)
 */
export function readSpec(path, file = path) {
  let text;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new SpecError(file, undefined, `cannot read it (${/** @type {NodeJS.ErrnoException} */ (error).code})`);
  }
  return { text, document: parseSpec(text, file) };
}

const repoDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** A spec's path as messages show it: from the repository root when it is inside it (`spec/openapi.yaml`). */
const shown = (path) => (path.startsWith(`${repoDir}/`) ? relative(repoDir, path) : path);

/**
 * For generator scripts: reads the spec, or prints `<tool>: file:line:col: what` and exits 1.
 * The file is named from the repository root (`spec/openapi.yaml`) when it is inside it.
 * @param {string} path
 * @param {string} tool
 */
export function readSpecOrExit(path, tool) {
  try {
    return readSpec(path, shown(path));
  } catch (error) {
    if (!(error instanceof SpecError)) throw error;
    console.error(`${tool}: ${error.message}`);
    process.exit(1);
  }
}

/**
 * An OpenAPI 3.0 document as 3.1 (what every generator reads): `nullable`, boolean
 * `exclusiveMinimum`/`exclusiveMaximum`, `example` and the rest rewritten by openapi-format's
 * converter; a 3.1 document as it is.
 * @param {{ text: string, document: Record<string, any> }} spec
 */
export async function upgradedTo31(spec) {
  if (!/^3\.0\./.test(String(spec.document.openapi))) return spec;
  const { openapiConvertVersion } = (await import('openapi-format')).default;
  const { data: document } = await openapiConvertVersion(spec.document, { convertTo: '3.1' });
  return { text: JSON.stringify(document), document };
}

/**
 * Runs a generator's `work` on the spec: a spec that cannot be read, or a construct the generator
 * cannot express, is one line — `tool: file: what is wrong` (the operation and the reason) — and
 * exit 1, never a stack trace (DEBUG=1 prints it).
 * @template T
 * @param {string} path
 * @param {string} tool
 * @param {(spec: { text: string, document: Record<string, any> }) => T | Promise<T>} work
 * @returns {Promise<T>}
 */
export async function withSpecOrExit(path, tool, work) {
  const spec = readSpecOrExit(path, tool);
  try {
    return await work(await upgradedTo31(spec));
  } catch (error) {
    if (process.env.DEBUG) console.error(error);
    console.error(`${tool}: ${shown(path)}: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
