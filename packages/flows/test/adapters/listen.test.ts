import { generateKeyPairSync } from "node:crypto";
import { createFlowEndpoint } from "@tswa/flows";
import { listen } from "@tswa/flows/node";
import { describe, expect, it } from "vitest";
import { serverUrl } from "../../src/adapters/server-url.js";

describe("the URL listen() reports", () => {
  it("is one a person can open: a wildcard host becomes the loopback address", () => {
    expect(serverUrl("0.0.0.0", 8080)).toBe("http://127.0.0.1:8080");
    expect(serverUrl("::", 8080)).toBe("http://127.0.0.1:8080");
    expect(serverUrl("[::]", 8080)).toBe("http://127.0.0.1:8080");
  });

  it("keeps a named host, and brackets an IPv6 address", () => {
    expect(serverUrl("127.0.0.1", 3000)).toBe("http://127.0.0.1:3000");
    expect(serverUrl("localhost", 3000)).toBe("http://localhost:3000");
    expect(serverUrl("::1", 3000)).toBe("http://[::1]:3000");
  });

  it("reaches the running server", async () => {
    const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    const endpoint = createFlowEndpoint({ path: "/flow", privateKey });
    const server = await listen(endpoint, { host: "127.0.0.1", port: 0 });
    try {
      expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
      expect((await fetch(`${server.url}/other`)).status).toBe(404);
    } finally {
      await server.close();
    }
  });
});
