// The round trip every runtime must get the same answer from: a list, a paged walk and a validation
// error, through the built package against the static Prism mock. Only `fetch` and standard globals
// are used here too, so the same module runs in Node, Bun, Deno and (bundled) a browser page. The
// package comes in as `api`: its ES module entry (round-trip.mjs) or its CommonJS one (run-round-trip.cjs).

/** Which runtime is running this, from what each one alone defines. */
export function runtimeName() {
  if (typeof globalThis.Bun !== 'undefined') return 'bun';
  if (typeof globalThis.Deno !== 'undefined') return 'deno';
  if (typeof globalThis.process?.versions?.node === 'string') return 'node';
  if (typeof globalThis.document !== 'undefined') return 'browser';
  return 'unknown';
}

/**
 * Runs the round trip against `baseUrl` with `api` (the package's exports) and returns a JSON-safe
 * summary, with requests counted per step.
 */
export async function roundTrip(baseUrl, api) {
  const { createLlamaCloudClient, InvalidParameterError, PaginationError } = api;
  const sent = [];
  const client = createLlamaCloudClient({
    apiKey: 'portability-test',
    baseUrl,
    logLevel: 'off',
    maxRetries: 0,
    timeout: 10_000,
    fetch: (request, init) => {
      sent.push(request.url ?? String(request));
      return fetch(request, init);
    },
  });
  const step = async (run) => {
    sent.length = 0;
    const result = await run();
    return { ...result, requests: sent.map((url) => new URL(url).search) };
  };

  const list = await step(async () => {
    const page = await client.beta.batch.list({ limit: 5 });
    return { ids: page.items.map((job) => job.id), total_size: page.total_size };
  });

  // Offset pages: the example's total_size (2) ends the walk before maxItems does.
  const offsetWalk = await step(async () => {
    const ids = [];
    for await (const item of client.beta.batch.jobItems.list('bjb-1', { limit: 2 }, { maxItems: 5 })) {
      ids.push(item.item_id);
    }
    return { ids };
  });

  // Cursor pages: the mock answers page 2 with page 1 again, which the walk must refuse, not loop on.
  const cursorWalk = await step(async () => {
    const ids = [];
    try {
      for await (const batch of client.batches.list({}, { maxItems: 3 })) ids.push(batch.id);
      return { ids, error: null };
    } catch (error) {
      return { ids, error: error instanceof PaginationError ? error.name : String(error) };
    }
  });

  const validation = await step(async () => {
    try {
      await client.beta.batch.list({ limit: 0 });
      return { error: null };
    } catch (error) {
      if (!(error instanceof InvalidParameterError)) return { error: String(error) };
      return { error: error.name, parameter: error.parameter, value: error.value };
    }
  });

  return { runtime: runtimeName(), list, offsetWalk, cursorWalk, validation };
}
