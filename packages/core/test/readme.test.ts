import { readFileSync } from "node:fs";
import * as core from "@tswa/core";
import { expect, it } from "vitest";
import {
  answerEverything,
  FLOW_ID,
  graphErrorBody,
  TOKEN,
  useGraph,
  WABA_ID,
} from "./graph-handlers.js";

const { server, seen } = useGraph();
const exported = new Map<string, unknown>(Object.entries(core));

/** The README's example, its import line turned into parameters (the rest is plain JavaScript). */
function readmeExample() {
  const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
  const block = /<!-- readme-example[^>]*-->\n```ts\n([\s\S]*?)```/.exec(readme)?.[1];
  if (!block) throw new Error("README has no marked example");
  const imports = /^import \{([^}]+)\} from "@tswa\/core";\n/.exec(block);
  if (!imports?.[1]) throw new Error("the example should import from @tswa/core on its first line");
  const names = imports[1].split(",").map((name) => name.trim());
  const body = block.slice(imports[0].length);
  const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (
    ...args: string[]
  ) => (...values: unknown[]) => Promise<void>;
  return { names, run: new AsyncFunction(...names, "process", "console", body) };
}

it("runs the README example against the mocked Graph API", async () => {
  server.use(answerEverything(seen, 400, graphErrorBody(139002), { path: ":id/publish" }));
  const { names, run } = readmeExample();
  const lines: string[] = [];
  const log = (...args: unknown[]) => lines.push(args.join(" "));
  await run(
    ...names.map((name) => exported.get(name)),
    { env: { WHATSAPP_TOKEN: TOKEN, WABA_ID } },
    { log, warn: log, error: log },
  );
  expect(seen.map((r) => `${r.method} ${r.path}`)).toEqual([
    `POST /v26.0/${WABA_ID}/flows`,
    `POST /v26.0/${FLOW_ID}/assets`,
    `POST /v26.0/${FLOW_ID}/publish`,
    `GET /v26.0/${WABA_ID}/flows`,
    `GET /v26.0/${WABA_ID}/flows`,
  ]);
  expect(lines).toEqual([
    "10:21 Invalid value found for property 'type'.",
    '46:17 The property "initial-text" cannot be specified at "$root/screens/0/layout/children/2/children/0".',
    "not published: Fix the validation errors first.",
    "1000000000000001 one PUBLISHED",
    "1000000000000002 two DEPRECATED",
    "1000000000000003 three SOME_NEW_STATUS",
  ]);
});
