import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type GraphStandIn, startGraph, TOKEN } from "./fixtures.js";

const root = fileURLToPath(new URL("../../../../", import.meta.url));
const source = "packages/whatsapp/src/cli/main.ts";
const built = fileURLToPath(new URL("../../dist/cli/main.js", import.meta.url));
const WABA = "102290129340398";

let graph: GraphStandIn;
beforeAll(async () => {
  graph = await startGraph({
    [`GET /${WABA}/flows`]: () => ({
      body: { data: [{ id: "1", name: "Sign up", status: "DRAFT", categories: ["SIGN_UP"] }] },
    }),
  });
});
afterAll(() => graph.close());

/** Runs a node process with only PATH and `env`: nothing leaks in from the test's own environment. */
function node(args: string[], env: Record<string, string> = {}) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      args,
      { cwd: root, env: { PATH: process.env.PATH ?? "", ...env } },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

const graphEnv = () => ({
  WHATSAPP_TOKEN: TOKEN,
  WHATSAPP_BUSINESS_ACCOUNT_ID: WABA,
  GRAPH_BASE_URL: graph.url,
});

describe("the tswa executable, from its TypeScript source", () => {
  it("sends results to stdout and progress to stderr, and exits 0", async () => {
    const run = await node(["--import", "tsx", source, "flows", "list", "--json"], graphEnv());
    expect(run.stderr).toBe(`listing the flows of business account ${WABA}…\n1 flow\n`);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ id: "1", name: "Sign up", status: "DRAFT" });
  });

  it("exits 2 on a usage error, naming WHATSAPP_TOKEN", async () => {
    const run = await node(["--import", "tsx", source, "flows", "list"]);
    expect(run.code).toBe(2);
    expect(run.stderr.split("\n")[0]).toBe(
      "tswa: flows list: missing the access token: pass --token or set WHATSAPP_TOKEN",
    );
  });

  it("starts with the shebang npm needs to run it as a bin", () => {
    expect(readFileSync(`${root}${source}`, "utf8").split("\n")[0]).toBe("#!/usr/bin/env node");
  });
});

// `pnpm test` builds first; these tests run the file npm links as the `tswa` bin.
describe.runIf(existsSync(built) || process.env.CI)("the built tswa executable", () => {
  it("keeps the shebang", () => {
    expect(readFileSync(built, "utf8").split("\n")[0]).toBe("#!/usr/bin/env node");
  });

  it("lists flows through the built packages", async () => {
    const run = await node([built, "flows", "list"], graphEnv());
    expect(run.code).toBe(0);
    expect(run.stdout.split("\n")[1]).toMatch(/^1 +DRAFT +0 +- +Sign up$/);
    expect(run.stdout + run.stderr).not.toContain(TOKEN);
  });

  it("exits 1 when the operation fails", async () => {
    const run = await node([built, "flows", "get", "404"], graphEnv());
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("tswa: flows get: Graph error 100/33:");
  });
});
