import { GraphClient } from "@tswa/core";
import { HttpResponse, http } from "msw";
import type { setupServer } from "msw/node";
import { APP_ID, PORTFOLIO_ID } from "./fixtures/meta-management-examples.js";
import {
  answerEverything,
  GRAPH,
  PHONE_ID,
  type SeenRequest,
  TOKEN,
  WABA_ID,
} from "./graph-handlers.js";

/** The ids every management area falls back on in these tests. */
export const DEFAULTS = {
  phoneId: PHONE_ID,
  businessAccountId: WABA_ID,
  businessPortfolioId: PORTFOLIO_ID,
  appId: APP_ID,
};

/** A client with the test token and no retries. */
export const testGraph = () => new GraphClient({ token: TOKEN, retry: { maxRetries: 0 } });

/** Makes every Graph call answer `body` with `status`, recording the calls in `seen`. */
export function answer(
  server: ReturnType<typeof setupServer>,
  seen: SeenRequest[],
  body: unknown,
  status = 200,
): void {
  server.use(answerEverything(seen as never, status, body));
}

/** Method, path (without the version), query and decoded body of each call. */
export const wire = (seen: readonly SeenRequest[]) =>
  seen.map((r) => [r.method, r.path.replace(/^\/v\d+\.\d+/, ""), r.query, r.body]);

/** Answers successive GETs with successive pages (the first, then one per `after` cursor). */
export function answerPages(
  server: ReturnType<typeof setupServer>,
  seen: SeenRequest[],
  pages: readonly unknown[],
): void {
  let next = 0;
  server.use(
    http.get(`${GRAPH}/*`, ({ request }) => {
      const url = new URL(request.url);
      seen.push({
        method: "GET",
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        headers: request.headers,
        body: undefined,
      });
      return HttpResponse.json(pages[next++] as Record<string, unknown>);
    }),
  );
}
