import { z } from "zod";
import type { GraphClient, GraphQueryValue } from "./client.js";
import { type GraphCursors, type GraphPage, GraphPagePromise } from "./pagination.js";

/** A Graph list call for {@link listGraph}. */
export interface GraphListRequest<S extends z.ZodType, T> {
  /** The path after the version, such as `123/flows`. */
  path: string;
  /** Query parameters sent with every page (`fields`, `limit`…); `after` is added per page. */
  query?: Record<string, GraphQueryValue> | undefined;
  /** The schema of one item of `data`. */
  item: S;
  /** Turns a parsed item into what the caller gets. */
  map: (item: z.output<S>) => T;
  /** Overrides the client's timeout for each page (ms). */
  timeout?: number | undefined;
  /** Aborts the call for the current page and stops the iteration. */
  signal?: AbortSignal | undefined;
}

const paging = z
  .looseObject({
    cursors: z
      .looseObject({ before: z.string().optional(), after: z.string().optional() })
      .optional(),
    next: z.string().optional(),
  })
  .optional();

// Building a zod schema costs far more than using one: one page schema per item schema.
const pageSchemas = new WeakMap<z.ZodType, z.ZodType>();
function pageSchema<S extends z.ZodType>(item: S) {
  let schema = pageSchemas.get(item);
  if (!schema) {
    schema = z.object({ data: z.array(item), paging });
    pageSchemas.set(item, schema);
  }
  return schema as z.ZodObject<{ data: z.ZodArray<S>; paging: typeof paging }>;
}

/**
 * Lists a Graph edge (`{data, paging}`) page by page: the first page is fetched when the result
 * is awaited or iterated, the next ones as a `for await` loop reaches them.
 *
 * The next page is asked for with the `after` cursor and the same query, never by following
 * `paging.next`, which may point elsewhere or carry a token in its query.
 *
 * @example
 * ```ts
 * import { z } from "zod";
 * import { GraphClient, listGraph } from "@tswa/core";
 *
 * const graph = new GraphClient({ token: process.env.WHATSAPP_TOKEN });
 * const numbers = listGraph(graph, {
 *   path: "123456789/phone_numbers",
 *   item: z.object({ id: z.string(), display_phone_number: z.string() }),
 *   map: (n) => n.display_phone_number,
 * });
 * for await (const number of numbers) console.log(number);
 * ```
 */
export function listGraph<S extends z.ZodType, T>(
  graph: GraphClient,
  request: GraphListRequest<S, T>,
): GraphPagePromise<T> {
  const schema = pageSchema(request.item);
  const load = async (after: string | undefined): Promise<GraphPage<T>> => {
    // A cursor replaces any `before`/`after` the caller started from.
    const query =
      after === undefined ? request.query : { ...request.query, before: undefined, after };
    const body = await graph.request({
      method: "GET",
      path: request.path,
      query,
      schema,
      timeout: request.timeout,
      signal: request.signal,
    });
    const data = (body.data as z.output<S>[]).map(request.map);
    const cursors: GraphCursors = { ...body.paging?.cursors };
    const hasNext = body.paging?.next !== undefined && cursors.after !== undefined;
    return {
      data,
      cursors,
      hasNextPage: () => hasNext,
      getNextPage: () =>
        hasNext
          ? load(cursors.after)
          : Promise.reject(new RangeError(`${request.path}: there is no page after this one`)),
    };
  };
  return new GraphPagePromise(() => load(undefined));
}
