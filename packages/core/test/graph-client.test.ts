import { inspect } from "node:util";
import {
  DEFAULT_GRAPH_API_VERSION,
  FlowPublishingError,
  GraphApiError,
  GraphClient,
  GraphResponseError,
  listGraph,
  WhatsAppConfigurationError,
  WhatsAppNetworkError,
} from "@tswa/core";
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  answerEverything,
  FLOW_ID,
  flowsApi,
  GRAPH,
  graphErrorBody,
  TOKEN,
  useGraph,
} from "./graph-handlers.js";

const { server, seen } = useGraph();

const anything = z.looseObject({});

describe("GraphClient requests", () => {
  it("builds the URL from base URL, version and path, joining arrays and dropping undefined", async () => {
    const urls: string[] = [];
    server.use(
      http.get("https://graph.example.test/*", ({ request }) => {
        urls.push(request.url);
        return HttpResponse.json({});
      }),
    );
    const graph = new GraphClient({
      token: TOKEN,
      baseUrl: "https://graph.example.test/",
      apiVersion: "24.0",
    });
    expect(graph.apiVersion).toBe("v24.0");
    await graph.request({
      method: "GET",
      path: "/123/flows",
      query: { fields: ["id", "name"], limit: 5, debug: false, after: undefined },
      schema: anything,
    });
    expect(urls).toEqual([
      "https://graph.example.test/v24.0/123/flows?fields=id%2Cname&limit=5&debug=false",
    ]);
  });

  it("defaults to graph.facebook.com and the current Graph version", () => {
    const graph = new GraphClient({ token: TOKEN });
    expect([graph.baseUrl, graph.apiVersion]).toEqual([
      "https://graph.facebook.com",
      DEFAULT_GRAPH_API_VERSION,
    ]);
  });

  it("sends JSON with its content type and forms as fetch encodes them", async () => {
    const graph = new GraphClient({ token: TOKEN });
    await graph.request({
      method: "POST",
      path: FLOW_ID,
      json: { name: "x", skip: undefined },
      schema: anything,
    });
    await graph.request({
      method: "POST",
      path: FLOW_ID,
      form: new URLSearchParams({ a: "1 2" }),
      schema: anything,
    });
    expect(seen.map((r) => [r.headers.get("content-type"), r.body])).toEqual([
      ["application/json", { name: "x" }],
      ["application/x-www-form-urlencoded;charset=UTF-8", { a: "1 2" }],
    ]);
  });

  it("refuses a call without a token before sending anything", async () => {
    const error = await new GraphClient()
      .request({ method: "GET", path: "1", schema: anything })
      .catch((e) => e);
    expect(error).toBeInstanceOf(WhatsAppConfigurationError);
    expect(error.option).toBe("token");
    expect(seen).toHaveLength(0);
  });

  it("refuses an API version that is not one", () => {
    expect(() => new GraphClient({ apiVersion: "latest" })).toThrow(
      'apiVersion "latest" is not a Graph API version such as "v26.0"',
    );
  });

  it("reports a success body that is not JSON", async () => {
    server.use(http.get(`${GRAPH}/:id`, () => new HttpResponse("OK", { status: 200 })));
    const error = await new GraphClient({ token: TOKEN })
      .request({ method: "GET", path: "1", schema: anything })
      .catch((e) => e);
    expect(error).toBeInstanceOf(GraphResponseError);
    expect(error.message).toBe("GET /1: the answer is not JSON (HTTP 200)");
  });
});

describe("GraphClient retries through Graph", () => {
  it("repeats a POST when Graph marks the error is_transient", async () => {
    let attempts = 0;
    server.use(
      http.post(`${GRAPH}/:id/publish`, () =>
        ++attempts === 1
          ? HttpResponse.json(
              graphErrorBody(2, { is_transient: true, message: "Service temporarily unavailable" }),
              { status: 503 },
            )
          : HttpResponse.json({ success: true }),
      ),
    );
    const api = flowsApi({ retry: { maxRetries: 2, initialDelay: 1, maxDelay: 2 } });
    expect(await api.publishFlow(FLOW_ID)).toBe(true);
    expect(attempts).toBe(2);
  });

  it("does not repeat a POST whose error is not transient", async () => {
    server.use(answerEverything(seen, 400, graphErrorBody(139002)));
    const api = flowsApi({ retry: { maxRetries: 2, initialDelay: 1, maxDelay: 2 } });
    await expect(api.publishFlow(FLOW_ID)).rejects.toBeInstanceOf(FlowPublishingError);
    expect(seen).toHaveLength(1);
  });

  it("repeats a GET answered 500 and gives the last error once attempts run out", async () => {
    server.use(
      answerEverything(seen, 500, graphErrorBody(1, { message: "An unknown error occurred" })),
    );
    const api = flowsApi({ retry: { maxRetries: 2, initialDelay: 1, maxDelay: 2 } });
    const error = await api.getFlow(FLOW_ID).catch((e) => e);
    expect(error).toBeInstanceOf(GraphApiError);
    expect(error.status).toBe(500);
    expect(seen).toHaveLength(3);
  });
});

describe("listGraph", () => {
  it("drops the caller's before cursor when following after, and stops on abort", async () => {
    const queries: Record<string, string>[] = [];
    server.use(
      http.get(`${GRAPH}/:id/things`, ({ request }) => {
        const query = Object.fromEntries(new URL(request.url).searchParams);
        queries.push(query);
        const n = Number(query.after ?? 0);
        return HttpResponse.json({
          data: [{ n }],
          paging: { cursors: { after: String(n + 1) }, next: "https://x" },
        });
      }),
    );
    const controller = new AbortController();
    const items = listGraph(new GraphClient({ token: TOKEN }), {
      path: "9/things",
      query: { before: "B", limit: 1 },
      item: z.object({ n: z.number() }),
      map: (item) => item.n,
      signal: controller.signal,
    });
    const seenItems: number[] = [];
    const loop = (async () => {
      for await (const n of items) {
        seenItems.push(n);
        if (n === 2) controller.abort(new Error("enough"));
      }
    })();
    await expect(loop).rejects.toThrow("enough");
    expect(seenItems).toEqual([0, 1, 2]);
    expect(queries).toEqual([
      { before: "B", limit: "1" },
      { limit: "1", after: "1" },
      { limit: "1", after: "2" },
    ]);
  });
});

describe("the token stays secret", () => {
  const SECRET = "EAAJB-super-secret-token-value";

  function exposed(value: unknown): string[] {
    const texts = [
      String(value),
      inspect(value, { depth: Number.POSITIVE_INFINITY, showHidden: true }),
    ];
    if (value instanceof Error) texts.push(value.message, value.stack ?? "");
    try {
      texts.push(JSON.stringify(value) ?? "");
    } catch {}
    return texts.filter((text) => text.includes(SECRET));
  }

  it("appears in no error, message, inspection or JSON of the client", async () => {
    const graph = new GraphClient({ token: SECRET, retry: { maxRetries: 0 }, timeout: 50 });
    const errors: unknown[] = [];
    server.use(
      answerEverything(
        seen,
        400,
        graphErrorBody(190, { message: "Error validating access token" }),
      ),
    );
    errors.push(
      await graph.request({ method: "GET", path: "1", schema: anything }).catch((e) => e),
    );
    server.use(http.get(`${GRAPH}/2`, () => HttpResponse.error()));
    errors.push(
      await graph.request({ method: "GET", path: "2", schema: anything }).catch((e) => e),
    );
    server.use(http.get(`${GRAPH}/3`, () => new Promise<never>(() => {})));
    errors.push(
      await graph.request({ method: "GET", path: "3", schema: anything }).catch((e) => e),
    );
    server.use(http.get(`${GRAPH}/4`, () => HttpResponse.json({ status: 1 })));
    errors.push(
      await graph
        .request({ method: "GET", path: "4", schema: z.object({ status: z.string() }) })
        .catch((e) => e),
    );
    expect(errors.map((e) => (e as Error).name)).toEqual([
      "ExpiredAccessToken",
      "WhatsAppNetworkError",
      "WhatsAppTimeoutError",
      "GraphResponseError",
    ]);
    expect(errors[1]).toBeInstanceOf(WhatsAppNetworkError);
    for (const error of errors) expect(exposed(error)).toEqual([]);
    expect(exposed(graph)).toEqual([]);
  });
});
