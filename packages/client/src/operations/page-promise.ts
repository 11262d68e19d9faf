/**
 * What a paginated method returns: `await` it for one page, `for await` it for every item across
 * pages, or call `.pages()` for every page. Nothing is sent until one of those starts; a bad input
 * found while preparing the call rejects the first of them.
 */
export class PagePromise<Page, Item> implements PromiseLike<Page>, AsyncIterable<Item> {
  #first: Promise<Page> | undefined;
  readonly #fetchFirst: () => Promise<Page>;
  readonly #walk: () => AsyncGenerator<Page, void, undefined>;
  readonly #results: string;
  readonly #problem: unknown;

  constructor(
    fetchFirst: () => Promise<Page>,
    walk: () => AsyncGenerator<Page, void, undefined>,
    results: string,
    /** An input error found up front: every way of using the result reports it, and nothing is sent. */
    problem?: unknown,
  ) {
    this.#fetchFirst = fetchFirst;
    this.#walk = walk;
    this.#results = results;
    this.#problem = problem;
  }

  #page(): Promise<Page> {
    this.#first ??= this.#problem === undefined ? this.#fetchFirst() : Promise.reject(this.#problem);
    return this.#first;
  }

  // biome-ignore lint/suspicious/noThenProperty: awaiting the call for one page is the point of this class
  then<A = Page, B = never>(
    onFulfilled?: ((page: Page) => A | PromiseLike<A>) | null,
    onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    return this.#page().then(onFulfilled, onRejected);
  }

  catch<B = never>(onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<Page | B> {
    return this.#page().catch(onRejected);
  }

  finally(onFinally?: (() => void) | null): Promise<Page> {
    return this.#page().finally(onFinally);
  }

  /** Every page in order, fetching ahead while you handle the current one. Throws at once on bad input. */
  pages(): AsyncGenerator<Page, void, undefined> {
    if (this.#problem !== undefined) throw this.#problem;
    return this.#walk();
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Item, void, undefined> {
    for await (const page of this.pages()) yield* (page as Record<string, Item[]>)[this.#results] ?? [];
  }

  get [Symbol.toStringTag](): string {
    return 'PagePromise';
  }
}
