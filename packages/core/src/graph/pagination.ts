/** The cursors of a Graph list response. */
export interface GraphCursors {
  /** The cursor of the first item of the page: pass it as `before` for the page before. */
  before?: string | undefined;
  /** The cursor of the last item of the page: pass it as `after` for the page after. */
  after?: string | undefined;
}

/** One page of a Graph list (`{data, paging}`), with the way to the next one. */
export interface GraphPage<T> {
  /** The items of this page. */
  readonly data: readonly T[];
  /** The cursors Graph returned for this page. */
  readonly cursors: GraphCursors;
  /** Whether Graph says there is a page after this one. */
  hasNextPage(): boolean;
  /** Fetches the page after this one. @throws RangeError when there is none. */
  getNextPage(): Promise<GraphPage<T>>;
}

/**
 * A list call: `await` it for the first page, or iterate it with `for await` to get every item
 * of every page, fetched one page at a time as the loop goes.
 *
 * @example
 * ```ts
 * import type { GraphPagePromise } from "@tswa/core";
 *
 * declare const flows: GraphPagePromise<{ id: string; name: string }>;
 * for await (const flow of flows) console.log(flow.id, flow.name);
 * const first = await flows; // just the first page
 * ```
 */
export class GraphPagePromise<T> implements PromiseLike<GraphPage<T>>, AsyncIterable<T> {
  readonly #load: () => Promise<GraphPage<T>>;
  #first: Promise<GraphPage<T>> | undefined;

  /** @param load - Fetches the first page; called once, on the first `await` or iteration. */
  constructor(load: () => Promise<GraphPage<T>>) {
    this.#load = load;
  }

  // biome-ignore lint/suspicious/noThenProperty: a page promise is awaitable on purpose.
  then<A = GraphPage<T>, B = never>(
    onFulfilled?: ((page: GraphPage<T>) => A | PromiseLike<A>) | null,
    onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    this.#first ??= this.#load();
    return this.#first.then(onFulfilled, onRejected);
  }

  /** Iterates every item of every page, fetching the next page when the loop reaches it. */
  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    let page: GraphPage<T> = await this;
    for (;;) {
      yield* page.data;
      if (!page.hasNextPage()) return;
      page = await page.getNextPage();
    }
  }

  /** Collects every item of every page (mind the size of what you list). */
  async toArray(): Promise<T[]> {
    const items: T[] = [];
    for await (const item of this) items.push(item);
    return items;
  }
}
