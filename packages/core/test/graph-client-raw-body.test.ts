import { GraphClient } from "@tswa/core";
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { GRAPH, TOKEN, useGraph } from "./graph-handlers.js";

const { server } = useGraph();

describe("GraphClient: raw bodies, extra headers, the OAuth scheme and another origin", () => {
  it("sends a raw body with extra headers, and the token under the scheme asked for", async () => {
    let seen: Request | undefined;
    let body = "";
    server.use(
      http.post(`${GRAPH}/upload:abc`, async ({ request }) => {
        seen = request;
        body = await request.text();
        return HttpResponse.json({ h: "4::x" });
      }),
    );
    const graph = new GraphClient({ token: TOKEN });
    const answer = await graph.request({
      method: "POST",
      path: "upload:abc",
      body: () => new Blob(["bytes"]),
      headers: { file_offset: "0", Authorization: "Bearer stolen" },
      authScheme: "OAuth",
      schema: z.object({ h: z.string() }),
    });
    expect(answer.h).toBe("4::x");
    expect(body).toBe("bytes");
    expect(seen?.headers.get("file_offset")).toBe("0");
    // A caller's header never replaces the client's own authorization.
    expect(seen?.headers.get("authorization")).toBe(`OAuth ${TOKEN}`);
  });

  it("sends to another origin with the same version and token", async () => {
    let url = "";
    server.use(
      http.post("https://api.facebook.com/v26.0/1/message_templates/archive", ({ request }) => {
        url = request.url;
        return HttpResponse.json({ ok: true });
      }),
    );
    await new GraphClient({ token: TOKEN }).request({
      method: "POST",
      path: "1/message_templates/archive",
      origin: "https://api.facebook.com/",
      json: {},
      schema: z.object({ ok: z.boolean() }),
    });
    expect(url).toBe("https://api.facebook.com/v26.0/1/message_templates/archive");
  });
});
