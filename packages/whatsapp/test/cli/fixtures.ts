import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, expect } from "vitest";
import { runCli } from "../../src/cli/run.js";

/** A token long enough to be masked, and easy to search for in any output. */
export const TOKEN = "EAAG-cli-test-token-0f9e8d7c6b5a";

/** One call the Graph stand-in received. */
export interface GraphCall {
  method: string;
  /** The path without the version, such as `/106540352242922/whatsapp_business_encryption`. */
  path: string;
  /** The version segment of the URL, such as `v26.0`. */
  version: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: string;
}

/** What a route answers: a status (default 200) and a JSON body. */
export interface GraphAnswer {
  status?: number;
  body: unknown;
}

/** A Graph API stand-in on 127.0.0.1 that records every call. */
export interface GraphStandIn {
  url: string;
  calls: GraphCall[];
  close(): Promise<void>;
}

/**
 * Starts a Graph stand-in answering `"METHOD /path"` routes (path without the version); any
 * other call gets Graph's answer for an unknown object (code 100, subcode 33).
 */
export async function startGraph(
  routes: Record<string, (call: GraphCall) => GraphAnswer>,
): Promise<GraphStandIn> {
  const calls: GraphCall[] = [];
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? "/", "http://stand-in");
    const [, version = "", ...rest] = url.pathname.split("/");
    const call: GraphCall = {
      method: req.method ?? "GET",
      path: `/${rest.join("/")}`,
      version,
      query: url.searchParams,
      headers: req.headers,
      body: Buffer.concat(chunks).toString("utf8"),
    };
    calls.push(call);
    const route = routes[`${call.method} ${call.path}`];
    const answer = route
      ? route(call)
      : graphError(400, 100, "Unsupported get request. Object does not exist.", 33);
    res.writeHead(answer.status ?? 200, { "content-type": "application/json" });
    res.end(JSON.stringify(answer.body));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    calls,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * Registers a Graph stand-in per test: the returned function starts one with `routes`, closed
 * after the test, and gives it with `env` (the variables given here plus `GRAPH_BASE_URL`).
 */
export function graphPerTest(variables: Record<string, string>) {
  let current: GraphStandIn | undefined;
  afterEach(async () => {
    await current?.close();
    current = undefined;
  });
  return async (routes: Record<string, (call: GraphCall) => GraphAnswer>) => {
    current = await startGraph(routes);
    return { ...current, env: { ...variables, GRAPH_BASE_URL: current.url } };
  };
}

/** A Graph error answer (spec 3.4). */
export function graphError(
  status: number,
  code: number,
  message: string,
  subcode?: number,
  extra: Record<string, unknown> = {},
): GraphAnswer {
  return {
    status,
    body: {
      error: {
        message,
        type: "OAuthException",
        code,
        error_subcode: subcode,
        fbtrace_id: "AxTrace42",
        ...extra,
      },
    },
  };
}

/** What one run of the CLI printed, and its exit code. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `tswa <argv>` in this process, with `env` as its whole environment, and checks that
 * {@link TOKEN} appears in none of its output, whatever the command and outcome.
 */
export async function tswa(
  argv: string[],
  env: Record<string, string> = {},
  cwd?: string,
): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(argv, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    env,
    cwd,
  });
  const run = { code, stdout, stderr };
  expectNoToken(run);
  return run;
}

/** Checks that a run printed the token nowhere. */
export function expectNoToken(run: CliRun): void {
  expect(run.stdout + run.stderr).not.toContain(TOKEN);
}
