import { z } from "zod";
import { WhatsAppConfigurationError } from "../errors.js";
import type { GraphClient } from "../graph/client.js";
import { UploadFileError } from "./upload-error.js";
import {
  type ResolvedUploadFile,
  resolveUploadFile,
  type UploadFile,
  type UploadFileInfo,
} from "./upload-file.js";

/** Defaults of {@link ResumableUploadApi}. */
export interface ResumableUploadApiDefaults {
  /** The Meta app id files are uploaded to unless a call gives `appId`. */
  appId?: string | undefined;
}

/** Per-call options of an upload. */
export interface UploadOptions extends UploadFileInfo {
  /** The Meta app id to upload to (the token's user must be an admin or developer of it). */
  appId?: string | undefined;
  /** Aborts the upload. */
  signal?: AbortSignal | undefined;
  /** Overrides the client's timeout for each call of the upload (ms). */
  timeout?: number | undefined;
}

/** A finished upload. */
export interface UploadResult {
  /** The file handle (`4::aW…`) that endpoints taking an uploaded file accept. */
  readonly handle: string;
  /** The upload session the file went through. */
  readonly sessionId: string;
}

/** An upload session's progress. */
export interface UploadSession {
  /** The session id, `upload:…`. */
  readonly id: string;
  /** How many bytes Graph has received: resume from here. */
  readonly fileOffset: number;
}

const sessionSchema = z.object({ id: z.string().min(1) });
const handleSchema = z.object({ h: z.string().min(1) });
const progressSchema = z.object({ id: z.string(), file_offset: z.coerce.number() });

/**
 * Graph's Resumable Upload API: start a session on an app (`POST /{app-id}/uploads`), then send
 * the bytes (`POST /upload:…` with `file_offset`), and get back a file handle. Template header
 * examples and the business profile picture take such handles. The file is streamed, never read
 * whole; an interrupted upload resumes from the offset Graph reports.
 *
 * @example
 * ```ts
 * import { GraphClient, ResumableUploadApi } from "@tswa/core";
 *
 * const graph = new GraphClient({ token: process.env.WHATSAPP_TOKEN });
 * const uploads = new ResumableUploadApi(graph, { appId: "1234567890" });
 * const { handle } = await uploads.upload("./receipt.pdf");
 * console.log(handle);
 * ```
 */
export class ResumableUploadApi {
  /** The Graph client every call goes through. */
  readonly graph: GraphClient;
  readonly #appId: string | undefined;

  constructor(graph: GraphClient, defaults: ResumableUploadApiDefaults = {}) {
    this.graph = graph;
    this.#appId = defaults.appId;
  }

  /**
   * Uploads a file in one go: starts a session and sends every byte.
   *
   * @returns The file handle and the session id (keep the id to resume if the send fails).
   * @throws {@link UploadFileError} when the file has no size or type; `GraphApiError` from Graph.
   */
  async upload(file: UploadFile, options: UploadOptions = {}): Promise<UploadResult> {
    const resolved = await resolveUploadFile(file, options);
    const sessionId = await this.#createSession(resolved, options);
    return { handle: await this.#send(sessionId, resolved, 0, options), sessionId };
  }

  /**
   * Starts an upload session for a file of the given name, size and type.
   *
   * @returns The session id, `upload:…`.
   */
  async createSession(
    options: UploadOptions & { fileLength: number; mimeType: string },
  ): Promise<string> {
    return this.#createSession(
      {
        filename: options.filename ?? "file",
        mimeType: options.mimeType,
        fileLength: options.fileLength,
        body: () => "",
      },
      options,
    );
  }

  /** Reads how many bytes of a session Graph has received. */
  async getSession(
    sessionId: string,
    options: Pick<UploadOptions, "signal" | "timeout"> = {},
  ): Promise<UploadSession> {
    const answer = await this.graph.request({
      method: "GET",
      ...sessionPath(sessionId),
      authScheme: "OAuth",
      schema: progressSchema,
      signal: options.signal,
      timeout: options.timeout,
    });
    return { id: answer.id, fileOffset: answer.file_offset };
  }

  /**
   * Sends a file to an existing session from the offset Graph has (0 for a new session), so an
   * interrupted upload continues where it stopped. Give the same file as at the start.
   */
  async resume(
    sessionId: string,
    file: UploadFile,
    options: UploadOptions = {},
  ): Promise<UploadResult> {
    const resolved = await resolveUploadFile(file, options);
    const { fileOffset } = await this.getSession(sessionId, options);
    if (fileOffset > resolved.fileLength) {
      throw new UploadFileError(
        "file",
        `the session has ${fileOffset} bytes but the file has ${resolved.fileLength}: is it the same file?`,
      );
    }
    return { handle: await this.#send(sessionId, resolved, fileOffset, options), sessionId };
  }

  async #createSession(file: ResolvedUploadFile, options: UploadOptions): Promise<string> {
    const appId = options.appId ?? this.#appId;
    if (appId === undefined || appId === "") {
      throw new WhatsAppConfigurationError(
        "appId",
        "uploading a file needs the Meta app id: pass `appId` to the client or to the call",
      );
    }
    const answer = await this.graph.request({
      method: "POST",
      path: `${encodeURIComponent(appId)}/uploads`,
      query: { file_name: file.filename, file_length: file.fileLength, file_type: file.mimeType },
      schema: sessionSchema,
      signal: options.signal,
      timeout: options.timeout,
    });
    return answer.id;
  }

  async #send(
    sessionId: string,
    file: ResolvedUploadFile,
    offset: number,
    options: UploadOptions,
  ): Promise<string> {
    const answer = await this.graph.request({
      method: "POST",
      ...sessionPath(sessionId),
      authScheme: "OAuth",
      headers: { file_offset: String(offset) },
      body: () => file.body(offset),
      schema: handleSchema,
      signal: options.signal,
      timeout: options.timeout,
    });
    return answer.h;
  }
}

/**
 * A session id as a path and query: Graph's ids look like `upload:MTph…?sig=ARZ…`, whose `sig`
 * must travel as a query parameter and whose colon must stay as is.
 */
function sessionPath(sessionId: string): { path: string; query: Record<string, string> } {
  if (typeof sessionId !== "string" || !sessionId.startsWith("upload:")) {
    throw new UploadFileError("sessionId", "an upload session id starts with `upload:`");
  }
  const [path = "", search = ""] = sessionId.split("?", 2);
  const encoded = path
    .split(":")
    .map((part) => encodeURIComponent(part))
    .join(":");
  return { path: encoded, query: Object.fromEntries(new URLSearchParams(search)) };
}
