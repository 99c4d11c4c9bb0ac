import { formatWithOptions } from "node:util";
import type { WhatsAppError } from "@tswa/core/errors";
import {
  createFlowEndpoint,
  FlowHandlerError,
  FlowRequestCannotBeDecrypted,
  FlowResponseError,
  FlowTokenNoLongerValid,
  signPayload,
} from "@tswa/flows";
import { encryptFlowRequest } from "@tswa/flows/simulator";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  APP_SECRET,
  privateKeyPem,
  publicKeyPem,
  type ServedEndpoint,
  serveEndpoint,
} from "./fixtures/index.js";

let served: ServedEndpoint | undefined;
afterEach(async () => {
  await served?.close();
  served = undefined;
});

async function serve(...args: Parameters<typeof serveEndpoint>): Promise<ServedEndpoint> {
  served = await serveEndpoint(...args);
  return served;
}

/** Posts raw bytes, signed with the test app secret unless a signature is given. */
async function post(url: string, body: string | Uint8Array, signature?: string | null) {
  const headers: Record<string, string> = { "content-type": "application/json" };
  const value = signature === undefined ? signPayload(body, APP_SECRET) : signature;
  if (value !== null) headers["x-hub-signature-256"] = value;
  const payload = typeof body === "string" ? body : new Uint8Array(body);
  const response = await fetch(url, { method: "POST", headers, body: payload });
  return { status: response.status, text: await response.text(), headers: response.headers };
}

const encryptedBody = (payload: unknown) =>
  JSON.stringify(encryptFlowRequest(payload, publicKeyPem).envelope);

describe("flow endpoint over HTTP", () => {
  it("answers the health check itself", async () => {
    const { client } = await serve({}, () => undefined);
    const exchange = await client.ping();
    expect(exchange.status).toBe(200);
    expect(exchange.response).toEqual({ data: { status: "active" } });
  });

  it("passes the health check to the handlers when handleHealthCheck is off", async () => {
    const { client } = await serve({ handleHealthCheck: false }, (e) =>
      e.on("ping", undefined, () => ({ data: { status: "active", custom: true } })),
    );
    expect((await client.ping()).response).toEqual({ data: { status: "active", custom: true } });
  });

  it("answers 200 with the encrypted FlowResponse as text/plain base64", async () => {
    const { url, client } = await serve({}, (e) =>
      e.onDataExchange("SIGN_UP", (req) =>
        req.respond({ screen: "WELCOME", data: { name: req.data.name } }),
      ),
    );
    const exchange = await client.dataExchange("SIGN_UP", { name: "Ada" });
    expect(exchange).toMatchObject({
      status: 200,
      response: { version: "3.0", screen: "WELCOME", data: { name: "Ada" } },
    });
    expect(exchange.body).toMatch(/^[A-Za-z0-9+/]+={0,2}$/);
    const raw = await post(
      url,
      encryptedBody({ version: "3.0", action: "data_exchange", screen: "SIGN_UP", data: {} }),
    );
    expect(raw.headers.get("content-type")).toBe("text/plain; charset=utf-8");
  });

  it("sends a plain object returned by a handler as is", async () => {
    const { client } = await serve({}, (e) =>
      e.onInit(() => ({ screen: "START", data: { plain: true } })),
    );
    expect((await client.init()).response).toEqual({ screen: "START", data: { plain: true } });
  });

  it("answers 427 with the encrypted error_msg when the token is no longer valid", async () => {
    const { client } = await serve({}, (e) =>
      e.onInit((req) => req.tokenNoLongerValid("The order has already been placed.")),
    );
    const exchange = await client.init();
    expect(exchange.status).toBe(427);
    expect(exchange.response).toEqual({ error_msg: "The order has already been placed." });
  });

  it("answers with the status and encrypted body of any FlowResponseError, thrown or returned", async () => {
    class Busy extends FlowResponseError {
      constructor() {
        super("busy", { status: 429, body: { error_msg: "later" } });
      }
    }
    const { client } = await serve({}, (e) =>
      e
        .onInit(() => new FlowTokenNoLongerValid("returned"))
        .onDataExchange("A", () => {
          throw new Busy();
        }),
    );
    expect(await client.init()).toMatchObject({ status: 427, response: { error_msg: "returned" } });
    const busy = await client.dataExchange("A");
    expect(busy.status).toBe(429);
    expect(busy.response).toBeUndefined(); // the simulator decrypts 200 and 427 only
  });

  it("keeps the message of a handler's own error off the wire", async () => {
    const { client } = await serve({}, (e) =>
      e.onInit(() => {
        throw new FlowResponseError("customer 42 is banned", { status: 400 });
      }),
    );
    expect(await client.init()).toMatchObject({ status: 400, body: "" });
  });

  describe("signatures (432)", () => {
    it.each([
      ["missing", null],
      ["without the sha256= prefix", signPayload("x", APP_SECRET).slice(7)],
      ["with a short digest", `${signPayload("x", APP_SECRET).slice(0, 40)}`],
      ["with a non-hex digest", `sha256=${"z".repeat(64)}`],
      ["signed with another secret", signPayload("{}", "another-secret")],
      ["empty", ""],
    ])("answers 432 with an empty body when the signature is %s", async (_, signature) => {
      const errors: unknown[] = [];
      const { url } = await serve({ onError: (error) => errors.push(error) }, (e) =>
        e.onInit(() => ({ screen: "A" })),
      );
      const response = await post(
        url,
        encryptedBody({ version: "3.0", action: "INIT" }),
        signature,
      );
      expect(response.status).toBe(432);
      expect(response.text).toBe("");
      expect(errors[0]).toMatchObject({
        name: "FlowRequestSignatureAuthenticationFailed",
        status: 432,
      });
    });

    it("answers 432 when the body was changed after signing", async () => {
      const { url } = await serve();
      const body = encryptedBody({ version: "3.0", action: "ping" });
      const response = await post(url, body.replace("{", "{ "), signPayload(body, APP_SECRET));
      expect(response.status).toBe(432);
    });

    it("accepts the old and the new secret during a rotation", async () => {
      const { url } = await serve({ appSecret: ["new-secret", APP_SECRET] });
      // A fresh request each time, as WhatsApp sends: the same one twice would be a replay.
      const ping = () => encryptedBody({ version: "3.0", action: "ping" });
      const [first, second, third] = [ping(), ping(), ping()];
      expect((await post(url, first, signPayload(first, "new-secret"))).status).toBe(200);
      expect((await post(url, second, signPayload(second, APP_SECRET))).status).toBe(200);
      expect((await post(url, third, signPayload(third, "retired-secret"))).status).toBe(432);
    });

    it("checks no signature when no app secret is configured", async () => {
      const { url } = await serve({ appSecret: undefined });
      expect(
        (await post(url, encryptedBody({ version: "3.0", action: "ping" }), null)).status,
      ).toBe(200);
    });
  });

  describe("malformed requests (400)", () => {
    it.each([
      ["not JSON", "hello", /not JSON/],
      [
        "JSON without the envelope fields",
        '{"encrypted_flow_data":"AA=="}',
        /encrypted_aes_key, initial_vector/,
      ],
      [
        "an envelope with a number",
        '{"encrypted_flow_data":1,"encrypted_aes_key":"","initial_vector":""}',
        /encrypted_flow_data/,
      ],
      ["a JSON array", "[]", /\(body\)/],
      ["empty", "", /not JSON/],
    ])("answers 400 to a body that is %s", async (_, body, reason) => {
      const { url } = await serve();
      const response = await post(url, body);
      expect(response.status).toBe(400);
      expect(response.text).toMatch(reason);
    });

    it("answers 400 to a payload that decrypts but has no action", async () => {
      const { url } = await serve();
      expect((await post(url, encryptedBody({ version: "3.0", screen: "A" }))).status).toBe(400);
    });
  });

  describe("decryption failures (421)", () => {
    it("answers 421 with an empty body when the request was encrypted for another key", async () => {
      const { generateKeyPairSync } = await import("node:crypto");
      const other = generateKeyPairSync("rsa", { modulusLength: 2048 }).publicKey;
      const { url } = await serve();
      const response = await post(
        url,
        JSON.stringify(encryptFlowRequest({ version: "3.0", action: "ping" }, other).envelope),
      );
      expect(response).toMatchObject({ status: 421, text: "" });
    });

    it("answers 421 when the GCM tag was tampered", async () => {
      const { url } = await serve();
      const envelope = encryptFlowRequest(
        { version: "3.0", action: "ping" },
        publicKeyPem,
      ).envelope;
      const data = Buffer.from(envelope.encrypted_flow_data, "base64");
      data[data.length - 1] = (data[data.length - 1] as number) ^ 0xff;
      const body = JSON.stringify({ ...envelope, encrypted_flow_data: data.toString("base64") });
      expect((await post(url, body)).status).toBe(421);
    });

    it("answers 421 when a custom decryptor throws, and uses a custom encryptor", async () => {
      const decryptor = vi.fn(async () => {
        throw new Error("KMS unavailable");
      });
      const errors: unknown[] = [];
      const { client } = await serve({
        requestDecryptor: decryptor,
        onError: (e) => errors.push(e),
      });
      expect((await client.ping()).status).toBe(421);
      expect(decryptor).toHaveBeenCalled(); // fetch itself retries a 421 once, as WhatsApp does
      expect(errors[0]).toBeInstanceOf(FlowRequestCannotBeDecrypted);
      expect((errors[0] as Error).cause).toMatchObject({ message: "KMS unavailable" });
    });
  });

  it("runs a custom async decryptor and encryptor", async () => {
    const { defaultFlowRequestDecryptor, defaultFlowResponseEncryptor, loadFlowPrivateKey } =
      await import("@tswa/flows");
    const key = loadFlowPrivateKey(privateKeyPem);
    const seen: string[] = [];
    const { client } = await serve({
      privateKey: undefined,
      requestDecryptor: async (envelope) => {
        seen.push("decrypt");
        return defaultFlowRequestDecryptor(envelope, key);
      },
      responseEncryptor: async (response, aesKey, iv) => {
        seen.push("encrypt");
        return defaultFlowResponseEncryptor(response, aesKey, iv);
      },
    });
    expect((await client.ping()).response).toEqual({ data: { status: "active" } });
    expect(seen).toEqual(["decrypt", "encrypt"]);
  });

  describe("handler failures (500)", () => {
    it.each([
      [
        "throws an Error",
        () => {
          throw new Error("database down: customer Ada");
        },
      ],
      ["returns undefined", () => undefined],
      ["returns a string", () => "SCREEN"],
    ])("answers 500 with an empty body when the handler %s, and reports it", async (_, handler) => {
      const errors: WhatsAppError[] = [];
      const { client } = await serve({ onError: (e) => errors.push(e) }, (e) =>
        e.onDataExchange("A", handler as never),
      );
      const exchange = await client.dataExchange("A", { secret: "plaintext-value" });
      expect(exchange).toMatchObject({ status: 500, body: "" });
      expect(errors).toHaveLength(1);
      expect(errors[0]).toBeInstanceOf(FlowHandlerError);
      expect(errors[0]?.message).not.toContain("plaintext-value");
      expect(Object.keys(errors[0] as object)).not.toContain("request");
      expect((errors[0] as FlowHandlerError).request).toMatchObject({
        data: { secret: "plaintext-value" },
      });
    });

    it("answers 500 when no handler matches", async () => {
      const { client } = await serve({}, (e) =>
        e.onDataExchange("A", (req) => req.respond({ screen: "B" })),
      );
      expect((await client.dataExchange("B")).status).toBe(500);
    });

    it("prints only 500s by default, never the key or the decrypted data", async () => {
      const printed: string[] = [];
      const spy = vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
        // Format as the real console does, own properties and `cause` included.
        printed.push(formatWithOptions({ depth: 10 }, ...args));
      });
      const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
      try {
        const { url, client } = await serve({ onError: undefined }, (e) =>
          e.onDataExchange("A", () => {
            throw new Error("boom");
          }),
        );
        await post(url, "garbage");
        await post(url, encryptedBody({ version: "3.0", action: "ping" }), null);
        expect(printed).toEqual([]);
        await client.dataExchange("A", { card: "4111-1111" });
        expect(printed).toHaveLength(1);
        expect(printed[0]).toContain("boom");
        expect(printed[0]).not.toContain("4111-1111");
        expect(printed[0]).not.toContain(privateKeyPem.split("\n")[1]);
        expect(log).not.toHaveBeenCalled();
      } finally {
        spy.mockRestore();
        log.mockRestore();
      }
    });
  });

  describe("error notifications", () => {
    const notify = (client: ServedEndpoint["client"]) =>
      client.errorNotification({
        screen: "A",
        error: "INVALID_SCREEN_TRANSITION",
        errorMessage: "bad",
      });

    it("acknowledges them after running the callOnError handler, ignoring its result", async () => {
      const seen: unknown[] = [];
      const { client } = await serve({}, (e) =>
        e.onDataExchange(
          "A",
          (req) => {
            seen.push(req.data);
            return req.respond({ screen: "IGNORED" });
          },
          { callOnError: true },
        ),
      );
      expect((await notify(client)).response).toEqual({ data: { acknowledged: true } });
      expect(seen).toEqual([{ error: "INVALID_SCREEN_TRANSITION", error_message: "bad" }]);
    });

    it("acknowledges them through the main handler too", async () => {
      const main = vi.fn(() => ({ ignored: true }));
      const { client } = await serve({}, undefined, main);
      expect((await notify(client)).response).toEqual({ data: { acknowledged: true } });
      expect(main).toHaveBeenCalledOnce();
    });

    it("answers with the handler's response when acknowledgeErrors is off", async () => {
      const { client } = await serve({ acknowledgeErrors: false }, (e) =>
        e.onDataExchange("A", (req) => req.respond({ screen: "A", errorMessage: "fixed" }), {
          callOnError: true,
        }),
      );
      expect((await notify(client)).response).toEqual({
        version: "3.0",
        screen: "A",
        data: { error_message: "fixed" },
      });
    });
  });

  it("answers 404 on another path and 405 to GET", async () => {
    const { server } = await serve();
    expect((await fetch(`${server.url}/other`, { method: "POST", body: "{}" })).status).toBe(404);
    const get = await fetch(`${server.url}/flow`);
    expect(get.status).toBe(405);
    expect(get.headers.get("allow")).toBe("POST");
  });

  it("answers 40 concurrent requests each with its own data and key (more than one batch)", async () => {
    const { client } = await serve({}, (e) =>
      e.onDataExchange("COUNT", (req) => req.respond({ screen: "ECHO", data: { n: req.data.n } })),
    );
    const exchanges = await Promise.all(
      Array.from({ length: 40 }, (_, n) => client.dataExchange("COUNT", { n })),
    );
    expect(exchanges.map((exchange) => exchange.response)).toEqual(
      Array.from({ length: 40 }, (_, n) => ({ version: "3.0", screen: "ECHO", data: { n } })),
    );
  });

  it("defaults to the root path", () => {
    expect(createFlowEndpoint({ privateKey: privateKeyPem }).path).toBe("/");
    expect(createFlowEndpoint({ privateKey: privateKeyPem, path: "flow/" }).path).toBe("/flow");
  });

  it("refuses to start without a key or decryptor, or with an empty app secret", () => {
    expect(() => createFlowEndpoint({})).toThrow(/privateKey/);
    expect(() => createFlowEndpoint({ privateKey: privateKeyPem, appSecret: "" })).toThrow(
      /appSecret/,
    );
  });
});
