import type { IncomingMessage, ServerResponse } from "node:http";
import { type RawHttpHandler, servesPath } from "../http.js";
import { serveNodeRequest } from "./serve-node.js";

/**
 * The parts of an Express request the adapter reads. Structural, so the adapter needs no import
 * of Express and works with Express 4 and 5 (and Connect-style routers).
 */
export interface ExpressLikeRequest extends IncomingMessage {
  /** The full request target, before any router stripped its mount path. */
  originalUrl?: string;
  /** What a body parser left: a Buffer from `express.raw()`, an object from `express.json()`. */
  body?: unknown;
  /** The raw bytes, when a `verify` hook of `express.json()` kept them there. */
  rawBody?: unknown;
}

/** An Express middleware, typed structurally. */
export type ExpressMiddleware = (
  req: ExpressLikeRequest,
  res: ServerResponse,
  next: (error?: unknown) => void,
) => void;

/**
 * Mounts a flow endpoint (or the `WhatsApp` facade) on an Express app.
 *
 * Requests for the handler's paths (the endpoint's full URL path, such as `/flow`) are answered;
 * every other request goes on to the next route untouched. The signature is checked against the
 * raw body, so mount the endpoint **before** `express.json()`, or give its route `express.raw()`
 * (or keep the bytes in `req.rawBody` with `express.json({ verify })`). A body that a JSON parser
 * already consumed cannot be checked: the request goes to Express's error handler with a message
 * saying so.
 *
 * @example
 * ```ts
 * import express from "express";
 * import { createFlowEndpoint } from "@tswa/flows";
 * import { expressFlowEndpoint } from "@tswa/flows/express";
 *
 * const endpoint = createFlowEndpoint({ path: "/flow", privateKey: process.env.PRIVATE_KEY ?? "" });
 * const app = express();
 * app.use(expressFlowEndpoint(endpoint)); // before app.use(express.json())
 * app.use(express.json());
 * app.listen(8080);
 * ```
 */
export function expressFlowEndpoint(handler: RawHttpHandler): ExpressMiddleware {
  return (req, res, next) => {
    const target = req.originalUrl ?? req.url ?? "/";
    if (!servesPath(handler, target)) {
      next();
      return;
    }
    const raw = rawBodyOf(req);
    if (raw === undefined && req.readableEnded) {
      next(
        new Error(
          "tswa: the request body was already parsed (express.json() or another body parser runs before the flow endpoint), so its signature cannot be checked. Mount the endpoint before the body parser, or use express.raw() on its route.",
        ),
      );
      return;
    }
    serveNodeRequest(handler, req, res, target, raw);
  };
}

function rawBodyOf(req: ExpressLikeRequest): Uint8Array | undefined {
  if (req.rawBody instanceof Uint8Array) return req.rawBody;
  if (req.body instanceof Uint8Array) return req.body;
  return undefined;
}
