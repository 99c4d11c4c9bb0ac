import { generateKeyPairSync } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { RunningServer } from "@tswa/flows/node";
import { WhatsApp } from "tswa";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PASSPHRASE, privateKey, publicKey } from "../fixtures/keys.js";
import { tswa } from "./fixtures.js";

const APP_SECRET = "cli-simulate-app-secret";
const publicKeyFile = join(mkdtempSync(join(tmpdir(), "tswa-simulate-")), "public.pem");
writeFileSync(publicKeyFile, publicKey);

let server: RunningServer;
const seen: string[] = [];

beforeAll(async () => {
  const wa = new WhatsApp({
    appSecret: APP_SECRET,
    businessPrivateKey: privateKey,
    businessPrivateKeyPassword: PASSPHRASE,
  });
  wa.on("error", () => undefined);
  // A complete endpoint: a main handler takes the error notification.
  wa.onFlowRequest("/signup", (req) => {
    seen.push(`main:${req.action}:${req.hasError}`);
    return req.respond({ screen: "DETAILS", data: {} });
  })
    .onInit((req) => req.respond({ screen: "DETAILS", data: { step: 1 } }))
    .onDataExchange("DETAILS", (req) => {
      seen.push(`data_exchange:${JSON.stringify(req.data)}:${req.flowToken}:${req.version}`);
      return req.respond({ closeFlow: true, data: { saved: req.data.name } });
    })
    .onBack("DETAILS", (req) => req.respond({ screen: "DETAILS", data: { step: 0 } }));
  // No BACK handler and no main handler: two steps answer 500.
  wa.onFlowRequest("/partial").onInit((req) => req.respond({ screen: "ONLY", data: {} }));
  server = await wa.listen();
});
afterAll(() => server.close());

describe("tswa simulate", () => {
  it("plays every step against a real endpoint and exits 0 when all answer 200", async () => {
    const url = `${server.url}/signup`;
    const run = await tswa([
      "simulate",
      url,
      "--public-key",
      publicKeyFile,
      "--app-secret",
      APP_SECRET,
      "--flow-token",
      "tok-7",
      "--data",
      '{"name":"Ada"}',
    ]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      `simulating the WhatsApp client against ${url} (signed with the app secret)…\n`,
    );
    const blocks = run.stdout.split("\n\n");
    expect(blocks.map((b) => b.split("\n")[0])).toEqual([
      "── ping ──",
      "── INIT ──",
      "── data_exchange ──",
      "── BACK ──",
      "── error ──",
      "all 5 steps answered HTTP 200",
    ]);
    expect(blocks[0]).toBe(
      [
        "── ping ──",
        '  sent:     {"version":"3.0","action":"ping"}',
        '  answered: HTTP 200 {"data":{"status":"active"}}',
      ].join("\n"),
    );
    expect(blocks[2]).toBe(
      [
        "── data_exchange ──",
        '  sent:     {"version":"3.0","action":"data_exchange","screen":"DETAILS","data":{"name":"Ada"},"flow_token":"tok-7"}',
        '  answered: HTTP 200 {"version":"3.0","screen":"SUCCESS","data":{"extension_message_response":{"params":{"flow_token":"tok-7","saved":"Ada"}}}}',
      ].join("\n"),
    );
    expect(blocks[4]).toContain('answered: HTTP 200 {"data":{"acknowledged":true}}');
    expect(seen).toContain('data_exchange:{"name":"Ada"}:tok-7:3.0');
    expect(seen).toContain("main:data_exchange:true");
    expect(run.stdout + run.stderr).not.toContain(APP_SECRET);
  });

  it("takes the app secret from WHATSAPP_APP_SECRET, and --screen and --version", async () => {
    const url = `${server.url}/signup`;
    const run = await tswa(
      ["simulate", url, "--public-key", publicKeyFile, "--screen", "DETAILS", "--version", "3.0"],
      { WHATSAPP_APP_SECRET: APP_SECRET },
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('"action":"BACK","screen":"DETAILS"');
  });

  it("exits 1 naming the steps that did not answer 200", async () => {
    const url = `${server.url}/partial`;
    const run = await tswa(["simulate", url, "--public-key", publicKeyFile], {
      WHATSAPP_APP_SECRET: APP_SECRET,
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("── BACK ──\n  sent:");
    expect(run.stderr.split("\n").slice(1)).toEqual([
      "tswa: simulate: 3 of 5 steps failed: data_exchange (HTTP 500), BACK (HTTP 500), error (HTTP 500)",
      "hint: 500: a handler threw or returned nothing usable: the server's output says which (an error notification needs a handler that takes errors: a main handler, or callOnError: true)",
      "",
    ]);
  });

  it("exits 1 when the app secret is wrong: every step is answered 432", async () => {
    const run = await tswa([
      "simulate",
      `${server.url}/signup`,
      "--public-key",
      publicKeyFile,
      "--app-secret",
      "wrong-secret",
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      "5 of 5 steps failed: ping (HTTP 432), INIT (HTTP 432), data_exchange (HTTP 432), BACK (HTTP 432), error (HTTP 432)",
    );
    expect(run.stderr).toContain(
      "hint: 432: the endpoint checks X-Hub-Signature-256 and the signature did not match: sign with the same app secret the server has",
    );
  });

  it("says to export WHATSAPP_APP_SECRET when the unsigned requests were answered 432", async () => {
    const run = await tswa(["simulate", `${server.url}/signup`, "--public-key", publicKeyFile]);
    expect(run.code).toBe(1);
    expect(run.stderr.split("\n").filter((line) => line.startsWith("hint:"))).toEqual([
      "hint: 432: the endpoint checks X-Hub-Signature-256 and the requests were not signed: give the simulator the app secret the server has (--app-secret, or export WHATSAPP_APP_SECRET in this terminal too; appSecret in code)",
    ]);
  });

  it("says which key pairs when the requests could not be decrypted (421)", async () => {
    const other = generateKeyPairSync("rsa", {
      modulusLength: 2048,
      publicKeyEncoding: { type: "spki", format: "pem" },
      privateKeyEncoding: { type: "pkcs8", format: "pem" },
    });
    const otherFile = join(mkdtempSync(join(tmpdir(), "tswa-sim-")), "other.pem");
    writeFileSync(otherFile, other.publicKey);
    const run = await tswa(["simulate", `${server.url}/signup`, "--public-key", otherFile], {
      WHATSAPP_APP_SECRET: APP_SECRET,
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      "hint: 421: the endpoint could not decrypt the requests: the public key given to the simulator is not the public half of the server's private key (businessPrivateKey)",
    );
  });

  it("exits 1 when nothing listens at the URL", async () => {
    const closed = await freePort();
    const url = `http://127.0.0.1:${closed}/flow`;
    const run = await tswa(["simulate", url, "--public-key", publicKeyFile]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr.split("\n").slice(1)).toEqual([
      `tswa: simulate: no answer from ${url} to the ping request: connect ECONNREFUSED 127.0.0.1:${closed}`,
      "hint: is the server running and listening on that address?",
      "",
    ]);
  });

  it.each([
    [["http://127.0.0.1:9/flow"], "missing --public-key <file>"],
    [["--public-key", "k.pem"], "missing <url>"],
    [["not a url", "--public-key", "k.pem"], '"not a url" is not a URL'],
    [["ftp://127.0.0.1/flow", "--public-key", "k.pem"], "the URL must be http or https, got ftp:"],
    [
      ["http://127.0.0.1:9/flow", "--public-key", "k.pem", "--data", "{name}"],
      "--data is not valid JSON: Expected property name or '}' in JSON at position 1",
    ],
    [
      ["http://127.0.0.1:9/flow", "--public-key", "k.pem", "--data", "[1]"],
      '--data must be a JSON object, such as {"name":"Ada"}',
    ],
  ])("exits 2 on a usage error: %j", async (args, message) => {
    const run = await tswa(["simulate", ...args]);
    expect(run.code).toBe(2);
    expect(run.stderr.split("\n")).toEqual([
      `tswa: simulate: ${message}`,
      "usage: tswa simulate <url> --public-key <file> [options]",
      "(tswa simulate --help for details)",
      "",
    ]);
  });
});

/** A port that was free a moment ago and has nothing listening on it now. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}
