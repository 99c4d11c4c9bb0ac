// Preloaded (`node --import`) into the servers the newcomer check starts: answers every call to
// graph.facebook.com locally, as Graph answers a sent message, and appends it to the file named by
// $TSWA_GRAPH_LOG, so the check sees what the guide's handlers sent without reaching Meta.
import { appendFileSync } from "node:fs";

const log = process.env.TSWA_GRAPH_LOG;
const realFetch = globalThis.fetch;

globalThis.fetch = async (input, init = {}) => {
  const url = new URL(typeof input === "string" ? input : input.url);
  if (url.hostname !== "graph.facebook.com") return realFetch(input, init);
  const body = typeof init.body === "string" ? init.body : "";
  if (log) {
    const call = { method: init.method ?? "GET", path: url.pathname, body };
    appendFileSync(log, `${JSON.stringify(call)}\n`);
  }
  const to = body.startsWith("{") ? (JSON.parse(body).to ?? "") : "";
  const answer = {
    messaging_product: "whatsapp",
    contacts: [{ input: to, wa_id: to }],
    messages: [{ id: "wamid.newcomer-check" }],
  };
  return new Response(JSON.stringify(answer), {
    status: 200,
    headers: { "content-type": "application/json" },
  });
};
