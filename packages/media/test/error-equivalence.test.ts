import { inspect } from "node:util";
import { WhatsAppError } from "@tswa/core";
import {
  type FlowMediaOptions,
  flowRequestMediaDecryptor,
  type MediaDownloadOptions,
} from "@tswa/media";
import { describe, expect, it } from "vitest";
import { type CdnBehavior, LOCAL_CDN, TestCdn } from "./fixtures/cdn.js";
import { CloudMedia } from "./fixtures/cloud.js";
import { encryptUpload, flipBit, pattern } from "./fixtures/encrypt.js";
import { TRANSPORT_PATHS, type TransportPath } from "./fixtures/paths.js";

const cloud = CloudMedia.use();
const [DIRECT, FETCH] = TRANSPORT_PATHS as [TransportPath, TransportPath];

/**
 * A CDN failure: what the CDN serves (the file, changed by `serve`) and how, and the options of
 * the download. Run once on each path against the same URL, it must fail the same way.
 */
interface Scenario {
  serve?: (file: Buffer) => Buffer;
  behave?: CdnBehavior;
  options?: (path: TransportPath) => FlowMediaOptions & MediaDownloadOptions;
  /** The URL of a CDN that is gone (the connection is refused). */
  refused?: true;
  /** A signal that aborts the call; `sent()` tells the body bytes the CDN sent this run. */
  signal?: (sent: () => number) => AbortSignal;
}

const STOP = new Error("stop");

const SCENARIOS: Record<string, Scenario> = {
  "a body with a flipped bit": { serve: (file) => flipBit(file, 100) },
  "a body declared and sent short": { serve: (file) => file.subarray(0, file.length - 100) },
  "a chunked body that ends short": {
    serve: (file) => file.subarray(0, file.length - 100),
    behave: { contentLength: "none" },
  },
  "a body declared and sent long": { serve: (file) => Buffer.concat([file, pattern(100)]) },
  "a chunked body that runs long": {
    serve: (file) => Buffer.concat([file, pattern(100)]),
    behave: { contentLength: "none" },
  },
  "a file over maxSize": { options: () => ({ maxSize: 1000 }) },
  "a file over maxSize, chunked": {
    behave: { contentLength: "none" },
    options: () => ({ maxSize: 1000 }),
  },
  "a Content-Length the body does not reach": {
    behave: { contentLength: 100_000 },
    options: () => ({ restarts: 0 }),
  },
  "a connection closed mid-body": {
    behave: { sendBytes: 10_000, pieceSize: 1000 },
    options: () => ({ restarts: 0 }),
  },
  "a connection reset mid-body": {
    behave: { sendBytes: 10_000, pieceSize: 1000, afterwards: "reset" },
    options: () => ({ restarts: 0 }),
  },
  "a connection reset on every restart": {
    behave: { sendBytes: 10_000, pieceSize: 1000, afterwards: "reset" },
    options: () => ({ restarts: 1 }),
  },
  "a stalled body": {
    behave: { sendBytes: 10_000, pieceSize: 1000, afterwards: "stall" },
    options: () => ({ idleTimeout: 100, restarts: 0 }),
  },
  "a body past the attempt's timeout": {
    behave: { pieceSize: 1000, pieceDelay: 20 },
    options: () => ({ timeout: 150 }),
  },
  "a CDN that never answers": {
    behave: { holdHeaders: new Promise(() => {}) },
    options: (path) => ({
      timeout: 100,
      transport: path.transportWith({ retry: { maxRetries: 0 } }),
    }),
  },
  "a refused connection": { refused: true },
  "an HTML page with status 200": {
    serve: () => Buffer.from("<html>"),
    behave: { contentType: "text/html" },
  },
  "an error JSON with status 200": {
    serve: () => Buffer.from('{"error":{"code":190}}'),
    behave: { contentType: "application/json" },
  },
  "a file compressed although asked as is": { behave: { gzip: "always" } },
  "a 404": { behave: { status: 404 } },
  "a 401": { behave: { status: 401 } },
  "a 500 that lasts": { behave: { status: 500 } },
  "a redirect to a host allowUrl refuses": {
    behave: { redirect: "http://169.254.169.254/latest/meta-data?token=1" },
  },
  "a signal aborted before the call": { signal: () => AbortSignal.abort(STOP) },
  "a signal aborted mid-body": {
    behave: { sendBytes: 10_000, pieceSize: 1000, afterwards: "stall" },
    signal: (sent) => {
      const controller = new AbortController();
      const poll = setInterval(() => {
        if (sent() < 10_000) return;
        clearInterval(poll);
        controller.abort(STOP);
      }, 5).unref();
      return controller.signal;
    },
  },
};

/** What users see of an error: its class, message, fields, and its cause's kind and code. */
function seen(error: unknown) {
  if (!(error instanceof Error)) return { value: error };
  const cause = error.cause as { code?: unknown } | undefined;
  return {
    ...error,
    type: error.constructor.name,
    message: error.message,
    cause: cause === undefined ? undefined : { type: cause.constructor.name, code: cause.code },
  };
}

/** Runs `download` on the direct path, then on the fetch path, and checks both failed alike. */
async function expectSameFailure(
  scenario: Scenario,
  download: (path: TransportPath) => Promise<unknown>,
) {
  const outcomes = [];
  for (const path of [DIRECT, FETCH]) {
    const error = await download(path).then(
      () => new Error(`the download succeeded on the ${path.name} path`),
      (e: unknown) => e,
    );
    const requests = cloud.cdn.takePaths();
    expect(requests.filter((taken) => taken !== path.name)).toEqual([]);
    expect(inspect(error, { depth: 10 })).not.toContain("SECRET-TOKEN");
    expect((error as Error).message).not.toContain("?");
    if (scenario.signal) expect(error).toBe(STOP);
    else expect(error).toBeInstanceOf(WhatsAppError);
    outcomes.push({ error: seen(error), requests: requests.length });
  }
  expect(outcomes[1]).toEqual(outcomes[0]);
}

async function goneUrl(name: string): Promise<string> {
  const gone = await TestCdn.start();
  const url = gone.serve(name, Buffer.alloc(0));
  await gone.close();
  return url;
}

describe.each(Object.entries(SCENARIOS))("%s fails the same way on both paths", (_, scenario) => {
  const options = (path: TransportPath, name: string) => {
    // Made as each run starts: the route's byte count goes on from the run before.
    const before = cloud.cdn.bytesSent(name);
    const sent = () => cloud.cdn.bytesSent(name) - before;
    return {
      ...LOCAL_CDN,
      transport: path.transport,
      ...scenario.options?.(path),
      ...(scenario.signal ? { signal: scenario.signal(sent) } : {}),
    };
  };

  it("for Cloud API media", async () => {
    const file = pattern(50_000);
    const { id, name } = cloud.publish(file, scenario.behave, scenario.serve?.(file) ?? file);
    const url = scenario.refused ? await goneUrl(name) : undefined;
    await expectSameFailure(scenario, (path) =>
      cloud
        .downloader(path)
        .getMediaBytes(url ? { url, fileSize: file.length } : id, options(path, name)),
    );
  });

  it("for flow media", async () => {
    const upload = encryptUpload(pattern(50_000));
    const name = cloud.freshName("flow");
    const served = scenario.serve?.(upload.cdnFile) ?? upload.cdnFile;
    const url = cloud.cdn.serve(name, served, scenario.behave);
    const media = {
      media_id: name,
      cdn_url: scenario.refused ? await goneUrl(name) : url,
      file_name: "photo.jpg",
      encryption_metadata: upload.metadata,
    };
    await expectSameFailure(scenario, (path) =>
      flowRequestMediaDecryptor(media, options(path, name)),
    );
  });
});
