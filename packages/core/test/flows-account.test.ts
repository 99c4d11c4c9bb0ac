import { createPrivateKey, createPublicKey, generateKeyPairSync } from "node:crypto";
import { FlowsApi, GraphClient, WhatsAppConfigurationError } from "@tswa/core";
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import {
  flowsApi,
  GRAPH,
  OTHER_WABA_ID,
  PHONE_ID,
  PUBLIC_KEY_FIELDS,
  publicKeyHandlers,
  TOKEN,
  useGraph,
  WABA_ID,
} from "./graph-handlers.js";

const { server, seen } = useGraph();

const rsa = generateKeyPairSync("rsa", {
  modulusLength: 2048,
  publicKeyEncoding: { type: "spki", format: "pem" },
  privateKeyEncoding: { type: "pkcs8", format: "pem" },
});

describe("migrateFlows", () => {
  it("POSTs the source account and names to /{destination}/migrate_flows", async () => {
    const result = await flowsApi().migrateFlows({
      sourceBusinessAccountId: OTHER_WABA_ID,
      sourceFlowNames: ["appointment-booking", "lead-gen"],
    });
    expect(seen.map((r) => [r.method, r.path, r.query, r.body])).toEqual([
      [
        "POST",
        `/v26.0/${WABA_ID}/migrate_flows`,
        {},
        { source_waba_id: OTHER_WABA_ID, source_flow_names: ["appointment-booking", "lead-gen"] },
      ],
    ]);
    expect(result).toEqual({
      migratedFlows: [{ sourceName: "appointment-booking", sourceId: "1234", migratedId: "5678" }],
      failedFlows: [
        {
          sourceName: "lead-gen",
          errorCode: "4233041",
          errorMessage:
            "Flows Migration Error: Flow with the same name exists in destination WABA.",
        },
      ],
    });
  });

  it("migrates every flow when no names are given, into the destination the call names", async () => {
    await flowsApi().migrateFlows({
      sourceBusinessAccountId: WABA_ID,
      destinationBusinessAccountId: OTHER_WABA_ID,
    });
    expect(seen[0]?.path).toBe(`/v26.0/${OTHER_WABA_ID}/migrate_flows`);
    expect(seen[0]?.body).toEqual({ source_waba_id: WABA_ID });
  });

  it("refuses more than 100 names and a missing destination", async () => {
    const names = Array.from({ length: 101 }, (_, i) => `flow-${i}`);
    await expect(
      flowsApi().migrateFlows({ sourceBusinessAccountId: WABA_ID, sourceFlowNames: names }),
    ).rejects.toThrow("migrateFlows: sourceFlowNames must hold 1 to 100 names (omit it for all)");
    const bare = new FlowsApi(new GraphClient({ token: TOKEN }));
    const error = await bare.migrateFlows({ sourceBusinessAccountId: WABA_ID }).catch((e) => e);
    expect(error).toBeInstanceOf(WhatsAppConfigurationError);
    expect(error.option).toBe("businessAccountId");
    expect(seen).toHaveLength(0);
  });
});

describe("setBusinessPublicKey", () => {
  it("POSTs business_public_key form-urlencoded to /{phone}/whatsapp_business_encryption", async () => {
    expect(await flowsApi().setBusinessPublicKey(rsa.publicKey)).toBe(true);
    expect(seen).toHaveLength(1);
    const [req] = seen;
    expect([req?.method, req?.path, req?.query]).toEqual([
      "POST",
      `/v26.0/${PHONE_ID}/whatsapp_business_encryption`,
      {},
    ]);
    expect(req?.headers.get("content-type")).toMatch(/^application\/x-www-form-urlencoded/);
    expect(req?.body).toEqual({ business_public_key: rsa.publicKey });
  });

  it("sends only the public half of a private key", async () => {
    await flowsApi().setBusinessPublicKey(rsa.privateKey, { phoneId: "777" });
    expect(seen[0]?.path).toBe("/v26.0/777/whatsapp_business_encryption");
    expect(seen[0]?.body).toEqual({ business_public_key: rsa.publicKey });
  });

  it("takes public and private KeyObjects", async () => {
    await flowsApi().setBusinessPublicKey(createPublicKey(rsa.publicKey));
    await flowsApi().setBusinessPublicKey(createPrivateKey(rsa.privateKey));
    expect(seen.map((r) => r.body)).toEqual([
      { business_public_key: rsa.publicKey },
      { business_public_key: rsa.publicKey },
    ]);
  });

  it("refuses text that is not a key, without quoting it", async () => {
    const error = await flowsApi()
      .setBusinessPublicKey("-----BEGIN PUBLIC KEY-----\nc2VjcmV0\n-----END PUBLIC KEY-----")
      .catch((e) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toBe(
      "setBusinessPublicKey: the key is not a readable PEM key (expected -----BEGIN PUBLIC KEY-----)",
    );
    expect(seen).toHaveLength(0);
  });

  it("refuses a key that is not RSA", async () => {
    const ec = generateKeyPairSync("ec", { namedCurve: "P-256" });
    await expect(flowsApi().setBusinessPublicKey(ec.publicKey)).rejects.toThrow(
      "setBusinessPublicKey: WhatsApp needs an RSA key (2048 bits), got ec",
    );
  });

  it("throws WhatsAppConfigurationError naming phoneId when no phone is known", async () => {
    const bare = new FlowsApi(new GraphClient({ token: TOKEN }));
    const error = await bare.setBusinessPublicKey(rsa.publicKey).catch((e) => e);
    expect(error).toBeInstanceOf(WhatsAppConfigurationError);
    expect(error.option).toBe("phoneId");
    expect(error.message).toBe(
      "setBusinessPublicKey needs a phone number id: pass `phoneId` to the call or to the client",
    );
  });
});

describe("getBusinessPublicKey", () => {
  const expected = {
    businessPublicKey: PUBLIC_KEY_FIELDS.business_public_key,
    signatureStatus: "VALID",
  };

  it("reads the flat answer of the docs", async () => {
    expect(await flowsApi().getBusinessPublicKey()).toEqual(expected);
    expect(seen.map((r) => [r.method, r.path, r.query, r.body])).toEqual([
      ["GET", `/v26.0/${PHONE_ID}/whatsapp_business_encryption`, {}, undefined],
    ]);
  });

  it("returns undefined when no key was uploaded", async () => {
    server.use(
      http.get(`${GRAPH}/:phone/whatsapp_business_encryption`, () =>
        HttpResponse.json({ data: [] }),
      ),
    );
    expect(await flowsApi().getBusinessPublicKey()).toBeUndefined();
  });

  it("reads the data[] answer of Meta's Postman collection", async () => {
    server.use(...publicKeyHandlers(seen, "wrapped"));
    expect(await flowsApi().getBusinessPublicKey({ phoneId: "777" })).toEqual(expected);
    expect(seen[0]?.path).toBe("/v26.0/777/whatsapp_business_encryption");
  });
});
