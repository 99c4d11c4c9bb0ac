/**
 * The default transport (tswa's keep-alive undici Agent: directly for JSON calls, through the
 * global fetch for forms) against real HTTP servers on 127.0.0.1: what goes over the wire,
 * connection reuse, timeouts, refused connections. No msw here; `transport-paths.test.ts`
 * holds the two paths to the same behaviour.
 */
import { generateKeyPairSync } from "node:crypto";
import {
  FlowsApi,
  GraphClient,
  type GraphClientOptions,
  WhatsAppNetworkError,
  WhatsAppTimeoutError,
} from "@tswa/core";
import { describe, expect, it, vi } from "vitest";
import { FLOW_ID, flowBody, PHONE_ID, TOKEN, WABA_ID } from "./graph-handlers.js";
import { json, type Served, serve } from "./local-server.js";

const api = (served: Served, options: GraphClientOptions = {}) =>
  new FlowsApi(new GraphClient({ token: TOKEN, baseUrl: served.origin, ...options }), {
    businessAccountId: WABA_ID,
    phoneId: PHONE_ID,
  });

describe("default transport over real HTTP", () => {
  it("reuses kept-alive connections across sequential calls", async () => {
    const served = await serve((_, res) => json(res, flowBody));
    const flows = api(served);
    for (let i = 0; i < 20; i++) expect((await flows.getFlow(FLOW_ID)).name).toBe("feedback");
    expect(served.received).toHaveLength(20);
    // undici may open a second socket once, when a call starts before the first socket is back
    // in the pool; without keep-alive there would be 20.
    expect(served.connections).toBeLessThanOrEqual(2);
    const [first] = served.received;
    expect(first?.method).toBe("GET");
    expect(first?.url.startsWith(`/v26.0/${FLOW_ID}?fields=id%2Cname%2Cstatus`)).toBe(true);
    expect(first?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(first?.headers["user-agent"]).toMatch(/^tswa\/\S+ node\/v\d+/);
    expect(first?.headers.connection).toBe("keep-alive");
  });

  it("uploads flow.json as the multipart body Graph documents", async () => {
    const served = await serve((_, res) => json(res, { success: true }));
    const flow = '{"version":"7.1","screens":[{"id":"WELCOME","title":"Hé ✓"}]}';
    const result = await api(served).updateFlowJson(FLOW_ID, flow);
    expect(result).toEqual({ success: true, validationErrors: [] });
    const [req] = served.received;
    expect([req?.method, req?.url]).toEqual(["POST", `/v26.0/${FLOW_ID}/assets`]);
    const boundary = /^multipart\/form-data; boundary=(.+)$/.exec(
      req?.headers["content-type"] ?? "",
    )?.[1];
    expect(boundary).toBeDefined();
    expect(req?.body.toString("utf8")).toBe(
      [
        `--${boundary}`,
        'Content-Disposition: form-data; name="file"; filename="flow.json"',
        "Content-Type: application/json",
        "",
        flow,
        `--${boundary}`,
        'Content-Disposition: form-data; name="name"',
        "",
        "flow.json",
        `--${boundary}`,
        'Content-Disposition: form-data; name="asset_type"',
        "",
        "FLOW_JSON",
        `--${boundary}--`,
        "",
      ].join("\r\n"),
    );
    expect(Number(req?.headers["content-length"])).toBe(req?.body.length);
  });

  it("sends the business public key form-urlencoded", async () => {
    const served = await serve((_, res) => json(res, { success: true }));
    const { publicKey } = generateKeyPairSync("rsa", {
      modulusLength: 2048,
      publicKeyEncoding: { type: "spki", format: "pem" },
      privateKeyEncoding: { type: "pkcs8", format: "pem" },
    });
    await api(served).setBusinessPublicKey(publicKey);
    const [req] = served.received;
    expect([req?.method, req?.url]).toEqual([
      "POST",
      `/v26.0/${PHONE_ID}/whatsapp_business_encryption`,
    ]);
    expect(req?.headers["content-type"]).toBe("application/x-www-form-urlencoded;charset=UTF-8");
    expect(req?.body.toString()).toBe(
      new URLSearchParams({ business_public_key: publicKey }).toString(),
    );
  });

  it("retries a 503 with Retry-After: 0 and returns the next answer", async () => {
    const served = await serve((_, res) => {
      if (served.received.length === 1) {
        res.writeHead(503, { "retry-after": "0", "content-type": "text/plain" });
        res.end("busy");
      } else json(res, { success: true });
    });
    expect(await api(served).getBusinessPublicKey()).toBeUndefined();
    expect(served.received).toHaveLength(2);
  });

  it("times out a server that never answers, retrying a GET but not a POST", async () => {
    const served = await serve(() => {});
    // Generous for a loaded CI machine: each attempt must reach the server before it times out.
    const flows = api(served, { timeout: 400, retry: { maxRetries: 1, initialDelay: 1 } });
    const get = await flows.getFlow(FLOW_ID).catch((e) => e);
    expect(get).toBeInstanceOf(WhatsAppTimeoutError);
    expect(get.message).toBe(
      `GET ${served.origin}/v26.0/${FLOW_ID}?fields=${encodeURIComponent("id,name,status,categories,validation_errors,json_version,data_api_version,endpoint_uri,preview,whatsapp_business_account,application,health_status,updated_at")} timed out after 400 ms`,
    );
    await vi.waitFor(() => expect(served.received).toHaveLength(2));
    const post = await flows.publishFlow(FLOW_ID).catch((e) => e);
    expect(post).toBeInstanceOf(WhatsAppTimeoutError);
    await vi.waitFor(() => expect(served.received).toHaveLength(3));
  });

  it("times out a body that stops halfway", async () => {
    const served = await serve((_, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-length": "1000" });
      res.write('{"id":"1","na');
    });
    const error = await api(served, { timeout: 150, retry: { maxRetries: 0 } })
      .getFlow(FLOW_ID)
      .catch((e) => e);
    expect(error).toBeInstanceOf(WhatsAppTimeoutError);
    expect(error.timeout).toBe(150);
  });

  it("reports a refused connection as a network error that was never sent", async () => {
    const served = await serve(() => {});
    const origin = served.origin;
    await served.close();
    const error = await new FlowsApi(
      new GraphClient({ token: TOKEN, baseUrl: origin, retry: { maxRetries: 0 } }),
    )
      .publishFlow(FLOW_ID)
      .catch((e) => e);
    expect(error).toBeInstanceOf(WhatsAppNetworkError);
    expect(error).not.toBeInstanceOf(WhatsAppTimeoutError);
    expect(error.code).toBe("ECONNREFUSED");
    expect(error.neverSent).toBe(true);
    expect(error.message).toMatch(
      new RegExp(`^POST ${origin}/v26.0/${FLOW_ID}/publish failed: connect ECONNREFUSED`),
    );
    expect(String(error)).not.toContain(TOKEN);
  });
});
