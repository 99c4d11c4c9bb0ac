import { KeyObject } from "node:crypto";
import {
  type FetchLike,
  type Logger,
  type RetryPolicy,
  WhatsAppConfigurationError,
} from "@tswa/core";
import type { FlowPrivateKeyInput } from "@tswa/flows";
import type { MediaDownloaderOptions } from "@tswa/media";
import { z } from "zod";
import type { ListenerStore, MemoryListenerStore } from "./listeners/store.js";
import type { MemoryDedupStore, UpdateDedupStore } from "./webhook/dedup.js";

/** Options of {@link WhatsApp}; each feature names the options it needs when you use it. */
export interface WhatsAppOptions {
  /** The phone number id you send from (sending messages, public key upload). */
  phoneId?: string | number | undefined;
  /** The access token (Graph API calls: sending, flow management). A system-user token in production. */
  token?: string | undefined;
  /** The WhatsApp Business Account id (flow management: createFlow, getFlows, migrateFlows). */
  businessAccountId?: string | number | undefined;
  /** The business portfolio id (listing owned and shared WhatsApp Business Accounts). */
  businessPortfolioId?: string | number | undefined;
  /**
   * The Meta app id: the app access token and app callback URL, and uploads through the
   * Resumable Upload API (template header examples).
   */
  appId?: string | number | undefined;
  /**
   * The Meta app secret (or several while rotating it): checks `X-Hub-Signature-256` on webhooks
   * and flow requests.
   */
  appSecret?: string | readonly string[] | undefined;
  /** The token Meta's webhook verification request must carry (you choose it in the App Dashboard). */
  verifyToken?: string | undefined;
  /** The business private key (RSA-2048, PEM or DER) that flow endpoints decrypt with. */
  businessPrivateKey?: FlowPrivateKeyInput | undefined;
  /** The passphrase of an encrypted `businessPrivateKey`. */
  businessPrivateKeyPassword?: string | undefined;
  /** The Graph API version, such as `"v26.0"`. */
  apiVersion?: string | undefined;
  /** The Graph API origin. Default `https://graph.facebook.com`. */
  baseUrl?: string | undefined;
  /** A fetch-compatible function for every Graph call and media download. */
  fetch?: FetchLike | undefined;
  /** The path webhooks arrive on. Default `/`, as in pywa. */
  webhookEndpoint?: string | undefined;
  /** The time one Graph call attempt may take, in ms. Default 30 s. */
  timeout?: number | undefined;
  /** Retry behaviour of Graph calls. */
  retry?: Partial<RetryPolicy> | undefined;
  /**
   * Check `X-Hub-Signature-256` on webhooks (needs `appSecret`). Default `true`; turn off only
   * behind a proxy that already checked it.
   */
  validateUpdates?: boolean | undefined;
  /**
   * Answer webhooks after their handlers finished, for serverless platforms that freeze the
   * process once the response is sent. Default `false`: answer 200 at once, handle after.
   */
  awaitHandlers?: boolean | undefined;
  /**
   * Where the client logs Graph calls, retries, flow requests and webhooks, each line with a
   * request id. Default: silent. Tokens, keys and payloads are never logged.
   */
  logger?: Logger | undefined;
  /** Adds decrypted flow request data and responses to the flow endpoints' debug lines. Default off. */
  logPayloads?: boolean | undefined;
  /**
   * The most webhook updates whose handlers may wait or run at once. Past it, webhooks are
   * answered 503 (and reported) so WhatsApp sends them again later, instead of the backlog
   * growing without bound. Default 10 000.
   */
  maxPendingUpdates?: number | undefined;
  /**
   * The overall deadline of one Graph call, retries and their waits included, in ms. Default
   * 60 000 (`timeout` bounds each attempt).
   */
  deadline?: number | undefined;
  /**
   * Run every matching handler of an update, not only the first (an update can still end it
   * with `update.stopHandling()`). Default `false`, as in pywa.
   */
  continueHandling?: boolean | undefined;
  /**
   * Make typed updates only for changes about `phoneId` (when set); changes for your other
   * numbers still reach `onRawUpdate`. Default `true`, as in pywa.
   */
  filterUpdates?: boolean | undefined;
  /**
   * Skip updates already handled: WhatsApp delivers webhooks at least once, so the same
   * message or status can arrive twice. Default `true`, as in pywa.
   */
  skipDuplicateUpdates?: boolean | undefined;
  /**
   * Where handled update ids are remembered. Default: a {@link MemoryDedupStore} (100,000 ids,
   * 24 hours) in this process; share one (Redis, a database) between processes.
   */
  dedupStore?: UpdateDedupStore | undefined;
  /**
   * Where listeners (`wa.waitForUpdate`, `sent.waitForReply`…) are recorded by user. Default: a
   * {@link MemoryListenerStore} in this process.
   */
  listenerStore?: ListenerStore | undefined;
  /**
   * Defaults for every media download (`wa.downloadMedia`, `msg.image.download()`…):
   * `maxSize` (default 100 MiB), timeouts, `allowUrl`, `tempDir`. Each call can override them.
   */
  mediaDownloadOptions?: Omit<MediaDownloaderOptions, "token" | "getMediaUrl"> | undefined;
}

const id = z
  .union([z.string().regex(/^\d+$/, "must be digits"), z.number().int().positive()])
  .transform(String);
const nonEmpty = z.string().min(1, "must not be empty");

const optionsSchema = z.object({
  phoneId: id.optional(),
  token: nonEmpty.optional(),
  businessAccountId: id.optional(),
  businessPortfolioId: id.optional(),
  appId: id.optional(),
  appSecret: z.union([nonEmpty, z.array(nonEmpty).min(1)]).optional(),
  verifyToken: nonEmpty.optional(),
  businessPrivateKey: z
    .union([
      nonEmpty,
      z.instanceof(Uint8Array),
      z.custom<KeyObject>(
        (value) => value instanceof KeyObject,
        "must be PEM text, bytes or a KeyObject",
      ),
    ])
    .optional(),
  businessPrivateKeyPassword: z.string().optional(),
  apiVersion: z
    .string()
    .regex(/^v?\d+\.\d+$/, 'must look like "v26.0"')
    .optional(),
  baseUrl: z.url().optional(),
  fetch: z
    .custom<FetchLike>((value) => typeof value === "function", "must be a function")
    .optional(),
  webhookEndpoint: z.string().startsWith("/", 'must start with "/"').optional(),
  timeout: z.number().positive().optional(),
  retry: z.record(z.string(), z.number()).optional(),
  validateUpdates: z.boolean().optional(),
  awaitHandlers: z.boolean().optional(),
  logger: z
    .custom<Logger>(
      (value) =>
        typeof value === "object" &&
        value !== null &&
        ["debug", "info", "warn", "error"].every(
          (level) => typeof (value as Record<string, unknown>)[level] === "function",
        ),
      "must have debug, info, warn and error methods",
    )
    .optional(),
  logPayloads: z.boolean().optional(),
  maxPendingUpdates: z.number().int().positive().optional(),
  deadline: z.number().positive().optional(),
  continueHandling: z.boolean().optional(),
  filterUpdates: z.boolean().optional(),
  skipDuplicateUpdates: z.boolean().optional(),
  dedupStore: z
    .custom<UpdateDedupStore>(
      (value) =>
        typeof value === "object" &&
        value !== null &&
        typeof (value as Record<string, unknown>).seen === "function",
      "must have a seen(key) method",
    )
    .optional(),
  listenerStore: z
    .custom<ListenerStore>(
      (value) =>
        typeof value === "object" &&
        value !== null &&
        ["put", "get", "delete"].every(
          (method) => typeof (value as Record<string, unknown>)[method] === "function",
        ),
      "must have put, get and delete methods",
    )
    .optional(),
});

/** The options after validation: ids as strings. */
export type ResolvedOptions = Omit<
  WhatsAppOptions,
  "phoneId" | "businessAccountId" | "businessPortfolioId" | "appId"
> & {
  phoneId?: string | undefined;
  businessAccountId?: string | undefined;
  businessPortfolioId?: string | undefined;
  appId?: string | undefined;
};

/**
 * Validates the constructor options.
 *
 * @throws {@link WhatsAppConfigurationError} naming the first invalid option and what is wrong.
 */
export function resolveOptions(options: WhatsAppOptions): ResolvedOptions {
  const parsed = optionsSchema.safeParse(options);
  if (parsed.success) return { ...options, ...parsed.data } as ResolvedOptions;
  const issue = parsed.error.issues[0];
  const option = String(issue?.path[0] ?? "options");
  throw new WhatsAppConfigurationError(
    option,
    `new WhatsApp(): option \`${option}\` ${issue?.message ?? "is invalid"}`,
  );
}

/**
 * Returns an option a feature needs, or throws saying which option the feature needs.
 *
 * @throws {@link WhatsAppConfigurationError}
 */
export function need<T>(value: T | undefined, option: string, feature: string): T {
  if (value === undefined || value === "") {
    throw new WhatsAppConfigurationError(
      option,
      `${feature} needs the \`${option}\` option of new WhatsApp()`,
    );
  }
  return value;
}
