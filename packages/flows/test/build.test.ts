import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { fixedVector, privateKeyPem } from "./fixtures/index.js";

// `pnpm test` builds first; these tests load the published files, not the sources.
const dist = fileURLToPath(new URL("../dist/", import.meta.url));
const require = createRequire(import.meta.url);
type Flows = typeof import("@tswa/flows");

describe.runIf(existsSync(`${dist}index.js`) || process.env.CI)("the built package", () => {
  const check = (flows: Flows) => {
    const key = flows.loadFlowPrivateKey(privateKeyPem);
    const { payload, aesKey, iv } = flows.defaultFlowRequestDecryptor(fixedVector.envelope, key);
    expect(payload).toEqual(JSON.parse(fixedVector.request_plaintext));
    const body = flows.defaultFlowResponseEncryptor(
      JSON.parse(fixedVector.response_plaintext),
      aesKey,
      iv,
    );
    expect(body).toBe(fixedVector.response_body);
    expect(new flows.FlowTokenNoLongerValid("x").status).toBe(427);
  };

  it("works as ESM", async () => {
    check((await import(`${dist}index.js`)) as Flows);
  });

  it("works as CommonJS", () => {
    check(require(`${dist}index.cjs`) as Flows);
  });

  it("ships type declarations for both", () => {
    for (const file of [
      "index.d.ts",
      "index.d.cts",
      "adapters/node.d.ts",
      "adapters/express.d.cts",
      "adapters/fastify.d.ts",
      "adapters/hono.d.cts",
      "simulator/index.d.cts",
    ]) {
      expect(existsSync(`${dist}${file}`), file).toBe(true);
    }
  });
});
