import { createFlowEndpoint, signPayload } from "@tswa/flows";
import { decryptFlowResponse, encryptFlowRequest } from "@tswa/flows/simulator";
import { describe, expect, it } from "vitest";
import { APP_SECRET, privateKeyPem, publicKeyPem } from "./fixtures/index.js";

const endpoint = createFlowEndpoint(
  {
    path: "/flow",
    privateKey: privateKeyPem,
    appSecret: APP_SECRET,
    maxBodySize: 8192,
    onError: () => undefined,
  },
  (req) => req.respond({ screen: "NEXT", data: { got: req.data } }),
);

function signedRequest(
  body: string | ReadableStream<Uint8Array>,
  signed = body as string,
): Request {
  return new Request("http://localhost/flow?x=1", {
    method: "POST",
    headers: { "x-hub-signature-256": signPayload(signed, APP_SECRET) },
    body,
    duplex: "half",
  } as RequestInit);
}

describe("endpoint.fetch (the web-standard form)", () => {
  it("answers a Request with an encrypted Response", async () => {
    const { envelope, aesKey, iv } = encryptFlowRequest(
      { version: "3.0", action: "data_exchange", screen: "A", data: { n: 1 }, flow_token: "t" },
      publicKeyPem,
    );
    const { fetch } = endpoint; // bound: usable as `export default { fetch: endpoint.fetch }`
    const response = await fetch(signedRequest(JSON.stringify(envelope)));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(decryptFlowResponse(await response.text(), aesKey, iv)).toEqual({
      version: "3.0",
      screen: "NEXT",
      data: { got: { n: 1 } },
    });
  });

  it("answers 413 from Content-Length without reading the body", async () => {
    const body = "x".repeat(9000);
    const response = await endpoint.fetch(signedRequest(body));
    expect(response.status).toBe(413);
  });

  it("answers 413 to a streamed body once it passes the limit", async () => {
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        if (pulled > 1000) controller.close();
        else controller.enqueue(new Uint8Array(1024));
      },
    });
    const response = await endpoint.fetch(signedRequest(stream, ""));
    expect(response.status).toBe(413);
    expect(pulled).toBeLessThan(20);
  });

  it("answers 404 on another path and 432 without a signature", async () => {
    expect(
      (await endpoint.fetch(new Request("http://localhost/other", { method: "POST", body: "{}" })))
        .status,
    ).toBe(404);
    expect(
      (await endpoint.fetch(new Request("http://localhost/flow", { method: "POST", body: "{}" })))
        .status,
    ).toBe(432);
  });
});
