/**
 * What the tests of `HttpTransport.sendStreamed` share: the two paths a download takes, and
 * readers of its body and of the server's side of the connection.
 */
import { createHash } from "node:crypto";
import type { ServerResponse } from "node:http";
import {
  type BodyReader,
  defaultFetch,
  type HttpTransport,
  type StreamedTransportRequest,
  type TransportOptions,
} from "@tswa/core";

/** Straight to tswa's undici Agent (no `fetch` option), or through a fetch function. */
export const PATHS = {
  direct: {} as TransportOptions,
  fetch: { fetch: defaultFetch } as TransportOptions,
};

/** A GET with `redirect: "manual"`, the call media downloads make. */
export function download(
  transport: HttpTransport,
  url: string,
  extra: Partial<StreamedTransportRequest> = {},
) {
  return transport.sendStreamed({ method: "GET", url, redirect: "manual", ...extra });
}

/** Reads a body to its end, one piece at a time, and returns its bytes. */
export async function readAll(body: BodyReader): Promise<Buffer> {
  const pieces: Uint8Array[] = [];
  for (let piece = await body.read(); !piece.done; piece = await body.read()) {
    pieces.push(piece.value);
  }
  return Buffer.concat(pieces);
}

/** Reads until at least `bytes` arrived (not to the end). */
export async function readAtLeast(body: BodyReader, bytes: number): Promise<number> {
  let read = 0;
  while (read < bytes) {
    const piece = await body.read();
    if (piece.done) throw new Error(`the body ended after ${read} of ${bytes} bytes`);
    read += piece.value.byteLength;
  }
  return read;
}

export function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** Says whether the connection under `res` has closed (the client went away, or it was reset). */
export function watchConnection(res: ServerResponse): { closed: boolean } {
  const state = { closed: false };
  res.socket?.once("close", () => {
    state.closed = true;
  });
  return state;
}

/** The error at the end of an error's `cause` chain (fetch wraps socket errors in TypeError). */
export function rootCause(error: unknown): unknown {
  let current = error;
  while (current instanceof Error && current.cause instanceof Error) current = current.cause;
  return current;
}
