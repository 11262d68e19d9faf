/** Puts the engine's changes into our words: breaking or not, and which field or parameter. */
import type { EngineChange, EngineImpact, EngineReport } from './engine.js';
import { type Location, locate, type Subject } from './location.js';
import { acceptsNull, pointerSegments, resolveSegments } from './pointer.js';
import { reachedPaths } from './reach.js';

export type Severity = 'breaking' | 'non-breaking';

export interface SpecChange {
  readonly severity: Severity;
  /** The version bump the engine says the change needs: major (breaking), minor (addition) or patch. */
  readonly impact: EngineImpact;
  /** "GET /api/v1/beta/batch-processing", when the change is inside one endpoint. */
  readonly endpoint?: string;
  /** The endpoint's SDK method (`beta.batch.list`), when the spec names one. */
  readonly sdkMethod?: string;
  /** What changed, naming the field or parameter. */
  readonly message: string;
  /** The engine's rule (or change kind) behind it, for anyone who wants to look it up. */
  readonly rule: string;
}

interface Documents {
  readonly base: unknown;
  readonly revision: unknown;
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const quoteAll = (values: readonly unknown[]) => values.map((value) => `'${String(value)}'`).join(', ');
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const typeWords = (value: unknown) => (Array.isArray(value) ? value.join(' | ') : String(value ?? 'any'));

function endpointChanges(change: EngineChange, pathKey: string): string[][] {
  const node = (change.kind === 'removed' ? change.base?.value : change.revision?.value) ?? {};
  const methods = METHODS.filter((method) => method in (node as object));
  const word = change.kind === 'removed' ? 'endpoint removed' : 'new endpoint';
  return methods.map((method) => [`${method.toUpperCase()} ${pathKey}`, word]);
}

function parameterSentence(change: EngineChange, subject: Subject): string | undefined {
  const value = (change.kind === 'removed' ? change.base?.value : change.revision?.value) as
    | { required?: boolean }
    | undefined;
  if (change.kind === 'added') return `new ${value?.required ? 'required' : 'optional'} ${subject.label}`;
  if (change.kind === 'removed') return `${subject.label} removed`;
  if (change.property === 'name') {
    const where = subject.label.split(' ')[0];
    return `${where} parameter \`${String(change.base?.value)}\` renamed to \`${String(change.revision?.value)}\``;
  }
  if (change.property === 'required') {
    return `${subject.label} is now ${change.revision?.value === true ? 'required' : 'optional'}`;
  }
  return undefined;
}

function becameNullable(subject: Subject, documents: Documents): boolean {
  if (!subject.schemaSegments) return false;
  const before = resolveSegments(documents.base, subject.schemaSegments);
  const after = resolveSegments(documents.revision, subject.schemaSegments);
  return (
    before !== undefined &&
    after !== undefined &&
    !acceptsNull(documents.base, before) &&
    acceptsNull(documents.revision, after)
  );
}

function requiredSentence(change: EngineChange, subject: Subject): string {
  const before = asArray(change.base?.value);
  const after = asArray(change.revision?.value);
  const field = subject.field ?? ((name: string) => `field \`${name}\``);
  const dropped = before.filter((name) => !after.includes(name)).map((name) => field(String(name)));
  const added = after.filter((name) => !before.includes(name)).map((name) => field(String(name)));
  const absent = subject.kind === 'response' ? 'may now be absent' : 'is now optional';
  return [...dropped.map((label) => `${label} ${absent}`), ...added.map((label) => `${label} is now required`)].join(
    '; ',
  );
}

function schemaSentence(change: EngineChange, subject: Subject, documents: Documents): string | undefined {
  if (becameNullable(subject, documents)) {
    return `${subject.label} ${subject.kind === 'response' ? 'may now be null' : 'now accepts null'}`;
  }
  const last = pointerSegments(change.path).at(-2);
  if (change.kind === 'added' && last === 'properties') return `new ${subject.label}`;
  if (change.kind === 'removed' && last === 'properties') return `${subject.label} removed`;
  if (change.property === 'enum') {
    const before = asArray(change.base?.value);
    const after = asArray(change.revision?.value);
    const removed = before.filter((value) => !after.includes(value));
    const added = after.filter((value) => !before.includes(value));
    const parts = [];
    if (removed.length > 0) parts.push(`enum value ${quoteAll(removed)} removed from ${subject.label}`);
    if (added.length > 0) parts.push(`enum value ${quoteAll(added)} added to ${subject.label}`);
    if (parts.length > 0) return parts.join('; ');
  }
  if (change.property === 'type') {
    return `${subject.label} changed type from ${typeWords(change.base?.value)} to ${typeWords(change.revision?.value)}`;
  }
  if (change.property === 'required') return requiredSentence(change, subject);
  return undefined;
}

function sentence(change: EngineChange, location: Location, documents: Documents): string {
  const { subject } = location;
  const specific =
    (subject.kind === 'parameter' ? parameterSentence(change, subject) : undefined) ??
    schemaSentence(change, subject, documents);
  if (specific) return specific;
  if (change.kind !== 'modified') return `${subject.label} ${change.kind}`;
  const engineWords = change.verdicts[0]?.message;
  return engineWords ?? `${change.property ?? change.typeName} of ${subject.label} changed`;
}

function describeOne(change: EngineChange, documents: Documents): SpecChange[] {
  const severity: Severity = change.impact === 'major' ? 'breaking' : 'non-breaking';
  const rule = change.verdicts[0]?.ruleId ?? `${change.typeName.toLowerCase()}-${change.kind}`;
  const verdict = { severity, impact: change.impact, rule };
  const segments = pointerSegments(change.path);
  const isPathItem = segments[0] === 'paths' && segments.length === 2 && segments[1] !== undefined;
  if (isPathItem && change.kind !== 'modified') {
    return endpointChanges(change, segments[1] as string).map(([endpoint, message]) => ({
      ...verdict,
      endpoint: endpoint as string,
      message: message as string,
    }));
  }
  if (isPathItem && change.property === 'key') {
    const message = `endpoint renamed to ${String(change.revision?.value)}`;
    return [{ ...verdict, endpoint: String(change.base?.value), message }];
  }
  const location = locate(change.kind === 'removed' ? documents.base : documents.revision, change.path);
  const message =
    change.typeName === 'Operation' && change.kind !== 'modified'
      ? change.kind === 'added'
        ? 'new endpoint'
        : 'endpoint removed'
      : sentence(change, location, documents);
  const sdkMethod = sdkMethodAt(change.kind === 'removed' ? documents.base : documents.revision, segments);
  return [
    {
      ...verdict,
      ...(location.endpoint ? { endpoint: location.endpoint } : {}),
      ...(sdkMethod ? { sdkMethod } : {}),
      message,
    },
  ];
}

/** `<x-speakeasy-group>.<x-speakeasy-name-override>` of the operation a path is in. */
function sdkMethodAt(document: unknown, segments: readonly string[]): string | undefined {
  if (segments[0] !== 'paths' || !METHODS.includes(segments[2] ?? '')) return undefined;
  const operation = resolveSegments(document, segments.slice(0, 3)) as Record<string, unknown> | undefined;
  const group = operation?.['x-speakeasy-group'];
  const name = operation?.['x-speakeasy-name-override'];
  return typeof group === 'string' && typeof name === 'string' ? `${group}.${name}` : undefined;
}

/** The change once per operation it reaches: a shared schema's change is each of its users' change. */
function everyUse(change: EngineChange, documents: Documents): EngineChange[] {
  const document = change.kind === 'removed' ? documents.base : documents.revision;
  return reachedPaths(document, change.path).map((path) => ({ ...change, path }));
}

/** Every change of the report in our words, breaking first, one line per distinct statement. */
export function describeChanges(report: EngineReport, documents: Documents): SpecChange[] {
  const byStatement = new Map<string, SpecChange>();
  const described = report.changes.flatMap((each) =>
    everyUse(each, documents).flatMap((use) => describeOne(use, documents)),
  );
  for (const change of described) {
    const key = `${change.endpoint ?? ''}\u0000${change.message}`;
    const seen = byStatement.get(key);
    if (!seen || (seen.severity === 'non-breaking' && change.severity === 'breaking')) byStatement.set(key, change);
  }
  const changes = [...byStatement.values()];
  return [...changes.filter((c) => c.severity === 'breaking'), ...changes.filter((c) => c.severity !== 'breaking')];
}
