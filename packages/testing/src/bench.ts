/** What the packages' benchmarks share: an interleaved round-robin whose order rotates, and a median. */

export interface RoundRobinSamples {
  /** Milliseconds per run, one entry per round (the round's `batch` runs averaged). */
  times: number[];
  /** What the contender's runs resolved to, in order. */
  results: unknown[];
}

/**
 * Runs every contender `batch` times per round, for `rounds` rounds, one contender after another.
 * Each round starts one contender later (A B C, B C A, C A B, …), so neither drift in the machine nor
 * the position in a round favours anyone.
 */
export async function roundRobin(
  contenders: Record<string, () => unknown>,
  rounds: number,
  batch = 1,
): Promise<Map<string, RoundRobinSamples>> {
  const order = Object.entries(contenders);
  const samples = new Map(order.map(([name]): [string, RoundRobinSamples] => [name, { times: [], results: [] }]));
  for (let round = 0; round < rounds; round++) {
    const shift = round % order.length;
    for (const [name, run] of [...order.slice(shift), ...order.slice(0, shift)]) {
      const sample = samples.get(name);
      const started = performance.now();
      for (let i = 0; i < batch; i++) sample?.results.push(await run());
      sample?.times.push((performance.now() - started) / batch);
    }
  }
  return samples;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
