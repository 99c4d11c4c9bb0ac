/**
 * A stand-in for graph.facebook.com on 127.0.0.1, so the examples run (and are tested) without
 * a Meta account. It answers the calls the examples make, with bodies shaped as Graph's, and
 * records every request.
 */
import { createHash } from "node:crypto";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

/** One request the stand-in received. */
export interface RecordedRequest {
  method: string;
  /** The path without the version, such as `/106540352242922/messages`. */
  path: string;
  query: URLSearchParams;
  contentType: string;
  /** The body: parsed JSON, or the raw text for other types. */
  body: unknown;
}

export interface GraphStandIn {
  url: string;
  /** Every request, in order. */
  requests: RecordedRequest[];
  /** The message bodies sent to `/{phone-id}/messages`, in order. */
  sent: Record<string, unknown>[];
  /** Resolves at the next message the app sends. */
  nextMessage(): Promise<Record<string, unknown>>;
  /**
   * Makes a media id downloadable: `GET /{media-id}` answers with its URL, SHA-256 and size as
   * Graph does, and the URL serves the bytes (to the bearer token the client sends).
   */
  addMedia(id: string, file: Buffer, mimeType: string): void;
  close(): Promise<void>;
}

const FLOW = {
  id: "1187440182476201",
  name: "Sign up",
  status: "DRAFT",
  categories: ["SIGN_UP"],
  validation_errors: [],
  json_version: "7.1",
  data_api_version: "3.0",
  endpoint_uri: "https://example.com/flows/sign-up",
  preview: {
    preview_url:
      "https://business.facebook.com/wa/manage/flows/1187440182476201/preview/?token=demo",
    expires_at: "2026-12-24T10:00:00+0000",
  },
  updated_at: "2026-11-24T10:00:00+0000",
};

function answer(request: RecordedRequest, sent: Record<string, unknown>[]): unknown {
  const [, first, second] = request.path.split("/");
  if (request.method === "POST" && second === "messages") {
    return {
      messaging_product: "whatsapp",
      contacts: [
        {
          input: (request.body as { to?: string }).to,
          wa_id: (request.body as { to?: string }).to,
        },
      ],
      messages: [{ id: `wamid.demo${sent.length}` }],
    };
  }
  if (second === "flows" && request.method === "POST")
    return { id: FLOW.id, success: true, validation_errors: [] };
  if (second === "flows")
    return {
      data: [FLOW, { ...FLOW, id: "2", name: "Survey", status: "PUBLISHED" }],
      paging: { cursors: { before: "b", after: "a" } },
    };
  if (second === "assets") return { success: true, validation_errors: [] };
  if (second === "publish") return { success: true };
  if (first === FLOW.id && request.method === "GET") {
    return request.query.get("fields")?.startsWith("preview")
      ? { id: FLOW.id, preview: FLOW.preview }
      : { ...FLOW, status: "PUBLISHED" };
  }
  return undefined;
}

async function read(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

export async function startGraphStandIn(): Promise<GraphStandIn> {
  const requests: RecordedRequest[] = [];
  const sent: Record<string, unknown>[] = [];
  const waiting: ((body: Record<string, unknown>) => void)[] = [];
  const media = new Map<string, { file: Buffer; mimeType: string }>();
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://stand-in");
    const [, edge, id = ""] = url.pathname.split("/");
    const file = media.get(id);
    // The CDN half: media bytes, for the access token only, as Meta's lookaside host does.
    if (edge === "cdn" && file && req.headers.authorization?.startsWith("Bearer ")) {
      res.writeHead(200, { "content-type": file.mimeType, "content-length": file.file.length });
      return void res.end(file.file);
    }
    if (req.method === "GET" && file && /^v\d+\.\d+$/.test(edge ?? "")) {
      res.writeHead(200, { "content-type": "application/json" });
      return void res.end(
        JSON.stringify({
          messaging_product: "whatsapp",
          url: `http://${req.headers.host}/cdn/${id}?ext=1&hash=demo`,
          mime_type: file.mimeType,
          sha256: createHash("sha256").update(file.file).digest("hex"),
          file_size: file.file.length,
          id,
        }),
      );
    }
    const text = await read(req);
    const contentType = req.headers["content-type"] ?? "";
    const request: RecordedRequest = {
      method: req.method ?? "GET",
      path: url.pathname.replace(/^\/v\d+\.\d+/, ""),
      query: url.searchParams,
      contentType,
      body: contentType.startsWith("application/json") ? JSON.parse(text) : text,
    };
    requests.push(request);
    if (request.path.endsWith("/messages")) sent.push(request.body as Record<string, unknown>);
    const body = answer(request, sent);
    res.writeHead(body === undefined ? 404 : 200, { "content-type": "application/json" });
    res.end(
      JSON.stringify(
        body ?? { error: { message: "Unknown path", code: 100, type: "GraphMethodException" } },
      ),
    );
    if (request.path.endsWith("/messages"))
      waiting.shift()?.(request.body as Record<string, unknown>);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    sent,
    nextMessage: () => new Promise((resolve) => waiting.push(resolve)),
    addMedia: (id, file, mimeType) => void media.set(id, { file, mimeType }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
