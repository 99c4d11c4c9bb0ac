import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { pathToFileURL } from "node:url";
import { FLOW_JSON_MAX_BYTES, FlowJsonInputError } from "@tswa/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FLOW_ID, flowsApi, type SeenFile, useGraph } from "./graph-handlers.js";

const { seen } = useGraph();

const FLOW = { version: "7.1", screens: [{ id: "WELCOME", terminal: true, layout: {} }] };
const TEXT = JSON.stringify(FLOW, null, 2);

let dir: string;
let file: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "tswa-flow-json-"));
  file = join(dir, "feedback.flow.json");
  await writeFile(file, TEXT);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** A web ReadableStream of these chunks. */
const webStream = (chunks: Uint8Array[]) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });

/** The multipart upload Graph received. */
function upload() {
  expect(seen).toHaveLength(1);
  const [req] = seen;
  expect(req?.method).toBe("POST");
  expect(req?.path).toBe(`/v26.0/${FLOW_ID}/assets`);
  expect(req?.query).toEqual({});
  expect(req?.headers.get("content-type")).toMatch(/^multipart\/form-data; boundary=/);
  const body = req?.body as Record<string, string | SeenFile>;
  expect(Object.keys(body)).toEqual(["file", "name", "asset_type"]);
  expect(body.name).toBe("flow.json");
  expect(body.asset_type).toBe("FLOW_JSON");
  const part = body.file as SeenFile;
  expect(part.filename).toBe("flow.json");
  expect(part.type).toBe("application/json");
  return part.text;
}

describe("updateFlowJson", () => {
  it("uploads an object as flow.json and returns the validation errors", async () => {
    const result = await flowsApi().updateFlowJson(FLOW_ID, FLOW);
    expect(upload()).toBe(JSON.stringify(FLOW));
    expect(result.success).toBe(true);
    expect(result.validationErrors.map((e) => [e.error, e.lineStart, e.pointers[0]?.path])).toEqual(
      [
        ["INVALID_PROPERTY_VALUE", 10, "screens[0].layout.children[0].type"],
        ["INVALID_PROPERTY", 46, undefined],
      ],
    );
  });

  it("serializes a builder through its toJSON()", async () => {
    const builder = { toJSON: () => FLOW, secretState: "not sent" };
    await flowsApi().updateFlowJson(FLOW_ID, builder);
    expect(upload()).toBe(JSON.stringify(FLOW));
  });

  it("sends JSON text as it is, leading whitespace included", async () => {
    await flowsApi().updateFlowJson(FLOW_ID, `\n  ${TEXT}`);
    expect(upload()).toBe(`\n  ${TEXT}`);
  });

  it("reads a file path", async () => {
    await flowsApi().updateFlowJson(FLOW_ID, file);
    expect(upload()).toBe(TEXT);
  });

  it("reads a file: URL", async () => {
    await flowsApi().updateFlowJson(FLOW_ID, pathToFileURL(file));
    expect(upload()).toBe(TEXT);
  });

  it("decodes a Buffer, a Uint8Array and an ArrayBuffer as UTF-8 (a BOM is dropped)", async () => {
    const bytes = new TextEncoder().encode(TEXT);
    for (const input of [
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]),
      bytes,
      bytes.buffer.slice(0),
    ]) {
      seen.length = 0;
      await flowsApi().updateFlowJson(FLOW_ID, input);
      expect(upload()).toBe(TEXT);
    }
  });

  it("reads a Node Readable (bytes or text) and a web ReadableStream to the end", async () => {
    const chunks = [TEXT.slice(0, 7), TEXT.slice(7, 30), TEXT.slice(30)];
    await flowsApi().updateFlowJson(FLOW_ID, Readable.from(chunks.map((c) => Buffer.from(c))));
    expect(upload()).toBe(TEXT);
    seen.length = 0;
    await flowsApi().updateFlowJson(FLOW_ID, Readable.from(chunks)); // string chunks
    expect(upload()).toBe(TEXT);
    seen.length = 0;
    const web = webStream(chunks.map((c) => new TextEncoder().encode(c)));
    await flowsApi().updateFlowJson(FLOW_ID, web);
    expect(upload()).toBe(TEXT);
  });

  it("stops reading a stream past 10 MB and sends nothing", async () => {
    let pulled = 0;
    const endless = new Readable({
      read() {
        pulled++;
        this.push(Buffer.alloc(1024 * 1024, 0x20));
      },
    });
    const error = await flowsApi()
      .updateFlowJson(FLOW_ID, endless)
      .catch((e) => e);
    expect(error).toBeInstanceOf(FlowJsonInputError);
    expect(error.message).toBe(
      `updateFlowJson: flowJson is larger than 10 MB (${FLOW_JSON_MAX_BYTES} bytes), Graph's limit for Flow JSON`,
    );
    expect(endless.destroyed).toBe(true);
    expect(pulled).toBeLessThanOrEqual(12);
    expect(seen).toHaveLength(0);
  });

  it("refuses a web stream and a string past 10 MB", async () => {
    const big = new Uint8Array(FLOW_JSON_MAX_BYTES + 1).fill(0x20);
    await expect(flowsApi().updateFlowJson(FLOW_ID, webStream([big]))).rejects.toBeInstanceOf(
      FlowJsonInputError,
    );
    await expect(
      flowsApi().updateFlowJson(FLOW_ID, `{"pad":"${"x".repeat(FLOW_JSON_MAX_BYTES)}"}`),
    ).rejects.toThrow("larger than 10 MB");
    expect(seen).toHaveLength(0);
  });

  it("says a string that is not JSON text was taken for a missing file", async () => {
    const missing = join(dir, "nope.json");
    await expect(flowsApi().updateFlowJson(FLOW_ID, missing)).rejects.toThrow(
      `updateFlowJson: flowJson is neither JSON text (it does not start with "{") nor a readable file (ENOENT: ${missing})`,
    );
  });

  it("refuses bytes that are not UTF-8 and URLs that are not files", async () => {
    await expect(
      flowsApi().updateFlowJson(FLOW_ID, Uint8Array.from([0x7b, 0xff, 0x7d])),
    ).rejects.toThrow("updateFlowJson: flowJson bytes are not valid UTF-8");
    await expect(
      flowsApi().updateFlowJson(FLOW_ID, new URL("https://example.com/flow.json")),
    ).rejects.toThrow("updateFlowJson: flowJson URL must be a file: URL, got https:");
    expect(seen).toHaveLength(0);
  });

  it("refuses an object JSON cannot represent", async () => {
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    await expect(flowsApi().updateFlowJson(FLOW_ID, circular)).rejects.toThrow(
      "updateFlowJson: flowJson cannot be turned into JSON",
    );
  });
});

describe("createFlow with flowJson", () => {
  it("reads the same inputs and sends the text as flow_json", async () => {
    await flowsApi().createFlow({ name: "from file", categories: ["OTHER"], flowJson: file });
    expect(seen[0]?.body).toMatchObject({ flow_json: TEXT });
  });
});
