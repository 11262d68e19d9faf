/** Reads changeset files and decides whether they announce a spec change well enough. */
import { parse } from 'yaml';
import type { SpecChange } from './describe.js';

export type Bump = 'major' | 'minor' | 'patch';

/** The package whose version carries every spec change: it is generated from the spec. */
export const SPEC_PACKAGE = '@llamacloud-batch/types';

/** The bumps a changeset file's front matter asks for, keyed by package name. */
export function parseChangeset(text: string): Map<string, Bump> {
  const match = /^---\r?\n([\s\S]*?)\r?\n?---/.exec(text);
  const bumps = new Map<string, Bump>();
  const front = match?.[1]?.trim() ? (parse(match[1]) as Record<string, unknown> | null) : null;
  for (const [name, bump] of Object.entries(front ?? {})) {
    if (bump === 'major' || bump === 'minor' || bump === 'patch') bumps.set(name, bump);
  }
  return bumps;
}

export type Verdict =
  | { readonly ok: true; readonly message: string }
  | { readonly ok: false; readonly message: string };

const RANK: Record<Bump, number> = { patch: 0, minor: 1, major: 2 };
const higher = (a: Bump, b: Bump): Bump => (RANK[a] >= RANK[b] ? a : b);

/**
 * A spec change needs a changeset bumping the types package; a breaking one needs it to be major.
 * `changesets` holds the bumps of every changeset file added since the base.
 */
export function checkChangesets(
  changes: readonly SpecChange[],
  changesets: readonly Map<string, Bump>[],
  base: string,
): Verdict {
  if (changes.length === 0) return { ok: true, message: `spec/openapi.yaml has no API changes since ${base}` };
  const bumps = changesets.map((set) => set.get(SPEC_PACKAGE)).filter((bump) => bump !== undefined);
  const highest = bumps.length > 0 ? bumps.reduce(higher) : undefined;
  const breaking = changes.filter((change) => change.severity === 'breaking');
  const needed = changes.map((change) => change.impact).reduce<Bump>(higher, 'patch');
  if (highest === undefined) {
    return {
      ok: false,
      message: [
        `spec/openapi.yaml changed since ${base} (${changes.length} change(s)) but no changeset bumps ${SPEC_PACKAGE}.`,
        `Run \`pnpm changeset\`, select ${SPEC_PACKAGE} (and client/cli if their API changed), choose a ${needed} bump,`,
        'describe the change for users, and commit the new .changeset/*.md file.',
      ].join('\n'),
    };
  }
  if (breaking.length > 0 && highest !== 'major') {
    const list = breaking.map((c) => `  - ${c.endpoint ? `${c.endpoint}: ` : ''}${c.message}`);
    return {
      ok: false,
      message: [
        `spec/openapi.yaml has ${breaking.length} breaking change(s) since ${base}, but the changeset bumps ${SPEC_PACKAGE} only ${highest}:`,
        ...list,
        `Make it major: edit the .changeset/*.md front matter to \`"${SPEC_PACKAGE}": major\` (or run \`pnpm changeset\` again),`,
        'and say in it what users must change. Or keep the API compatible (see `pnpm spec:diff`).',
      ].join('\n'),
    };
  }
  return {
    ok: true,
    message: `spec change since ${base} announced: ${SPEC_PACKAGE} ${highest} (needs at least ${needed})`,
  };
}
