/**
 * msw started before tswa is imported: the global fetch tswa sees when it loads is already
 * msw's, so tswa must recognise it as not Node's own and send every Graph call through it.
 * Nothing here imports @tswa/core before `listen()`.
 */
import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { expect, it, vi } from "vitest";
import { z } from "zod";
import { json, serve } from "./local-server.js";

it("intercepts Graph calls when msw listened before tswa was imported", async () => {
  const served = await serve((req, res) => json(res, { id: req.headers["sec-fetch-mode"] ?? "" }));
  const msw = setupServer(
    http.get("https://graph.facebook.com/v26.0/me", () => HttpResponse.json({ id: "mocked" })),
  );
  msw.listen({ onUnhandledRequest: "bypass" });
  vi.resetModules();
  const { GraphClient } = await import("@tswa/core");
  const me = { method: "GET", path: "me", schema: z.object({ id: z.string() }) } as const;
  try {
    expect(await new GraphClient({ token: "EAAJB-test-token" }).request(me)).toEqual({
      id: "mocked",
    });
    // A call msw lets through still goes through fetch (msw's), never around it.
    const local = new GraphClient({ token: "EAAJB-test-token", baseUrl: served.origin });
    expect(await local.request(me)).toEqual({ id: "cors" });
  } finally {
    msw.close();
  }
});

it("recognises the marker older @mswjs/interceptors put on their patched fetch", async () => {
  const served = await serve((req, res) => json(res, { id: req.headers["sec-fetch-mode"] ?? "" }));
  const original = globalThis.fetch;
  // Shaped like Node's own fetch (its source names internal/deps/undici), but marked patched.
  const patched = (input: string, init: RequestInit) => {
    "internal/deps/undici";
    return original(input, init);
  };
  Object.defineProperty(patched, Symbol("isPatchedModule"), { value: true });
  vi.stubGlobal("fetch", patched);
  try {
    vi.resetModules();
    const { GraphClient } = await import("@tswa/core");
    const local = new GraphClient({ token: "EAAJB-test-token", baseUrl: served.origin });
    const me = { method: "GET", path: "me", schema: z.object({ id: z.string() }) } as const;
    expect(await local.request(me)).toEqual({ id: "cors" });
  } finally {
    vi.unstubAllGlobals();
  }
});
