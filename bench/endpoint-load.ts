/**
 * The client side of `pnpm bench`: sends pre-encrypted, signed requests against the endpoint
 * from its own process (the second core), keeping `connections` requests in flight. Each body
 * is sent at most once (a repeat would be a replay): the run ends after `seconds`, or earlier
 * when the bodies run out.
 */
import { Pool } from "undici";

export interface LoadCommand {
  url: string;
  bodies: { body: string; signature: string }[];
  seconds: number;
  connections: number;
}

export interface LoadReply {
  requests: number;
  failures: number;
  seconds: number;
}

process.once("message", async ({ url, bodies, seconds, connections }: LoadCommand) => {
  const { origin, pathname } = new URL(url);
  const pool = new Pool(origin, { connections, pipelining: 1 });
  let requests = 0;
  let failures = 0;
  const started = performance.now();
  const end = started + seconds * 1000;
  const worker = async (offset: number) => {
    for (let i = offset; i < bodies.length && performance.now() < end; i += connections) {
      const { body, signature } = bodies[i] as LoadCommand["bodies"][number];
      const response = await pool.request({
        method: "POST",
        path: pathname,
        headers: { "content-type": "application/json", "x-hub-signature-256": signature },
        body,
      });
      await response.body.text();
      if (response.statusCode === 200) requests++;
      else failures++;
    }
  };
  await Promise.all(Array.from({ length: connections }, (_, i) => worker(i)));
  const elapsed = (performance.now() - started) / 1000;
  await pool.close();
  process.send?.({ requests, failures, seconds: elapsed } satisfies LoadReply);
  process.disconnect();
});
