/**
 * `npx tsx bench/graph-client.ts`: the per-call cost of tswa's Graph client beside a bare
 * `fetch` + `JSON.parse` to the same local server, measured in the same run.
 *
 * A child process serves a Graph-shaped flow object (spec 3.2) on 127.0.0.1, so the server's
 * work does not share the measured thread. Each round runs N sequential calls of each variant,
 * interleaved (bare, defaultFetch, getFlowPreview, getFlow, then again), so drift in the machine's speed hits all:
 *   bare fetch         global fetch + JSON.parse, keep-alive, nothing else
 *   defaultFetch       the same through tswa's default fetch (its keep-alive undici Agent), to
 *                      tell the cost of the connection pool from the cost of the client
 *   getFlowPreview     the client with a small schema (only `preview` is checked): URL,
 *                      headers, timeout signal, retry bookkeeping, error check, JSON parse
 *   getFlow            the whole call: fields query, zod check of the flow object, FlowDetails
 *
 *   npx tsx bench/graph-client.ts        BENCH_CALLS=5000 BENCH_ROUNDS=7 npx tsx bench/graph-client.ts
 */
import { type ChildProcess, fork } from "node:child_process";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { defaultFetch, FlowsApi, GraphClient } from "@tswa/core";
import { median, perCall as timePerCall } from "./timing.js";

const CALLS = Number(process.env.BENCH_CALLS ?? 2000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const FLOW_ID = "1212121212121212";
const TOKEN = "EAAJB-bench-token";

const FLOW = {
  id: FLOW_ID,
  name: "feedback",
  status: "PUBLISHED",
  categories: ["SURVEY", "OTHER"],
  validation_errors: [],
  json_version: "7.1",
  data_api_version: "3.0",
  endpoint_uri: "https://example.com/flows/feedback",
  preview: {
    preview_url: `https://business.facebook.com/wa/manage/flows/${FLOW_ID}/preview/?token=b9d6a1c0`,
    expires_at: "2026-09-21T11:18:09+0000",
  },
  whatsapp_business_account: {
    id: "102290129340398",
    name: "Acme Support",
    timezone_id: "1",
    message_template_namespace: "6a5b4c3d_2e1f_4a5b_9c8d_7e6f5a4b3c2d",
  },
  application: { link: "https://acme.example", name: "Acme Bot", id: "843211225912345" },
  health_status: {
    can_send_message: "AVAILABLE",
    entities: [{ entity_type: "FLOW", id: FLOW_ID, can_send_message: "AVAILABLE" }],
  },
  updated_at: "2026-08-21T09:30:00+0000",
};

if (process.argv[2] === "serve") {
  const body = JSON.stringify(FLOW);
  const server = createServer((_, res) => {
    res.writeHead(200, { "content-type": "application/json" });
    res.end(body);
  });
  server.listen(0, "127.0.0.1", () => {
    process.send?.({ port: (server.address() as AddressInfo).port });
  });
  process.on("message", () => process.exit(0));
} else {
  await main();
}

async function main() {
  const child: ChildProcess = fork(new URL(import.meta.url), ["serve"], {
    execArgv: ["--import", "tsx"],
  });
  const port = await new Promise<number>((resolve) =>
    child.once("message", (m) => resolve((m as { port: number }).port)),
  );
  const origin = `http://127.0.0.1:${port}`;
  const graph = new GraphClient({ token: TOKEN, baseUrl: origin });
  const flows = new FlowsApi(graph);
  const fields =
    "id,name,status,categories,validation_errors,json_version,data_api_version,endpoint_uri,preview,whatsapp_business_account,application,health_status,updated_at";
  const url = `${origin}/v26.0/${FLOW_ID}?fields=${encodeURIComponent(fields)}`;

  const variants = {
    bare: async () => {
      const response = await fetch(url, { headers: { authorization: `Bearer ${TOKEN}` } });
      return JSON.parse(await response.text());
    },
    pooled: async () => {
      const response = await defaultFetch(url, { headers: { authorization: `Bearer ${TOKEN}` } });
      return JSON.parse(await response.text());
    },
    preview: () => flows.getFlowPreview(FLOW_ID),
    getFlow: () => flows.getFlow(FLOW_ID),
  };

  const perCall = (run: () => Promise<unknown>) => timePerCall(CALLS, run);

  for (const run of Object.values(variants)) await perCall(run); // warm-up: JIT, sockets

  console.log(
    `Graph client benchmark: node ${process.version}, ${ROUNDS} rounds of ${CALLS} sequential calls per variant, server in a child process on 127.0.0.1\n`,
  );
  console.log("round  bare fetch µs  defaultFetch µs  getFlowPreview µs  getFlow µs");
  const rows: { bare: number; pooled: number; preview: number; getFlow: number }[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    const row = {
      bare: await perCall(variants.bare),
      pooled: await perCall(variants.pooled),
      preview: await perCall(variants.preview),
      getFlow: await perCall(variants.getFlow),
    };
    rows.push(row);
    console.log(
      [
        String(round).padStart(5),
        row.bare.toFixed(1).padStart(13),
        row.pooled.toFixed(1).padStart(15),
        row.preview.toFixed(1).padStart(18),
        row.getFlow.toFixed(1).padStart(11),
      ].join(" "),
    );
  }
  const bare = median(rows.map((r) => r.bare));
  const pooled = median(rows.map((r) => r.pooled));
  const preview = median(rows.map((r) => r.preview));
  const getFlow = median(rows.map((r) => r.getFlow));
  const signed = (us: number) => `${us >= 0 ? "+" : ""}${us.toFixed(1)}`;
  const ratio = (key: "pooled" | "preview" | "getFlow") => median(rows.map((r) => r[key] / r.bare));
  console.log(`
median per call: bare fetch ${bare.toFixed(1)} µs, defaultFetch ${pooled.toFixed(1)} µs, getFlowPreview ${preview.toFixed(1)} µs, getFlow ${getFlow.toFixed(1)} µs
overhead over bare fetch: defaultFetch ${signed(pooled - bare)} µs (x${ratio("pooled").toFixed(2)}), getFlowPreview ${signed(preview - bare)} µs (x${ratio("preview").toFixed(2)}), getFlow ${signed(getFlow - bare)} µs (x${ratio("getFlow").toFixed(2)})`);
  child.send("stop");
}
