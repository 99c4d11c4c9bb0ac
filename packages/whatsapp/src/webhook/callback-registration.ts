import { type AppSettingsApi, WhatsAppConfigurationError, WhatsAppError } from "@tswa/core";
import type { RunningServer } from "@tswa/flows/node";

/** Where `listen({ callbackUrl })` registers the URL (pywa's `CallbackURLScope`). */
export const CallbackUrlScope = {
  /** The app's callback URL, for every account subscribed to the app (needs appId, appSecret). */
  APP: "APP",
  /** An alternate callback URL of the WhatsApp Business Account (needs businessAccountId). */
  WABA: "WABA",
  /** An alternate callback URL of the phone number (needs phoneId). */
  PHONE: "PHONE",
} as const;

/** A {@link CallbackUrlScope} value. */
export type CallbackUrlScope = (typeof CallbackUrlScope)[keyof typeof CallbackUrlScope];

/** The options of `wa.listen()` that register the server's public URL with Meta. */
export interface CallbackRegistrationOptions {
  /**
   * The public base URL of this server (a tunnel, a load balancer), without the webhook path:
   * once the server listens, `callbackUrl` + `webhookEndpoint` is registered with Meta, which
   * checks it at once with a verification request carrying the client's `verifyToken`.
   */
  callbackUrl?: string | undefined;
  /** Where to register it. Default `APP`, as in pywa. */
  callbackUrlScope?: CallbackUrlScope | undefined;
  /** The webhook fields the app subscribes to (APP scope). Default `["messages", "flows"]`. */
  webhookFields?: readonly string[] | undefined;
}

/** What the registration needs from the client. */
export interface RegistrationContext {
  appSettings: AppSettingsApi;
  webhookEndpoint: string;
  verifyToken?: string | undefined;
  appSecret?: string | readonly string[] | undefined;
  appId?: string | undefined;
  businessAccountId?: string | undefined;
  phoneId?: string | undefined;
}

/**
 * Registering the callback URL with Meta failed (Meta could not reach the URL, the verify
 * token did not match, or Graph refused the call); `cause` is the underlying error. The server
 * was closed.
 */
export class CallbackRegistrationError extends WhatsAppError {
  /** The URL that was being registered. */
  readonly callbackUrl: string;

  constructor(callbackUrl: string, cause: unknown) {
    const why = cause instanceof Error ? cause.message : String(cause);
    super(
      `could not register the callback URL ${callbackUrl}: ${why}. Check that the URL reaches this server and that verifyToken matches`,
      { cause },
    );
    this.name = "CallbackRegistrationError";
    this.callbackUrl = callbackUrl;
  }
}

const DEFAULT_FIELDS = ["messages", "flows"] as const;

function need<T>(value: T | undefined, option: string, scope: string): T {
  if (value === undefined || value === "") {
    throw new WhatsAppConfigurationError(
      option,
      `listen({ callbackUrl }) with scope ${scope} needs the client option \`${option}\``,
    );
  }
  return value;
}

/**
 * Checks the registration options before the server starts, and returns the function that
 * registers the URL once it listens (undefined when no `callbackUrl` was given).
 *
 * @throws {@link WhatsAppConfigurationError} when an option the scope needs is missing.
 */
export function prepareCallbackRegistration(
  context: RegistrationContext,
  options: CallbackRegistrationOptions,
): ((server: RunningServer) => Promise<void>) | undefined {
  const { callbackUrl, callbackUrlScope: scope = "APP", webhookFields = DEFAULT_FIELDS } = options;
  if (callbackUrl === undefined) return undefined;
  if (!/^https?:\/\/[^\s/]+/.test(callbackUrl) || !URL.canParse(callbackUrl)) {
    throw new WhatsAppConfigurationError(
      "callbackUrl",
      "callbackUrl must be an absolute https:// URL",
    );
  }
  const url = `${callbackUrl.replace(/\/+$/, "")}/${context.webhookEndpoint.replace(/^\/+/, "")}`;
  const verifyToken = need(context.verifyToken, "verifyToken", scope);
  let register: () => Promise<boolean>;
  if (scope === "APP") {
    const appId = need(context.appId, "appId", scope);
    const secret = need(context.appSecret, "appSecret", scope);
    const appSecret = typeof secret === "string" ? secret : (secret[0] ?? "");
    register = async () => {
      const appAccessToken = await context.appSettings.getAppAccessToken({ appId, appSecret });
      return context.appSettings.setAppCallbackUrl({
        appId,
        appAccessToken,
        callbackUrl: url,
        verifyToken,
        fields: webhookFields,
      });
    };
  } else if (scope === "WABA") {
    const businessAccountId = need(context.businessAccountId, "businessAccountId", scope);
    register = () =>
      context.appSettings.overrideWabaCallbackUrl(url, verifyToken, { businessAccountId });
  } else if (scope === "PHONE") {
    const phoneId = need(context.phoneId, "phoneId", scope);
    register = () => context.appSettings.overridePhoneCallbackUrl(url, verifyToken, { phoneId });
  } else {
    throw new WhatsAppConfigurationError(
      "callbackUrlScope",
      "callbackUrlScope must be APP, WABA or PHONE",
    );
  }
  return async (server) => {
    try {
      if (!(await register())) throw new Error("Graph did not report success");
    } catch (error) {
      await server.close();
      throw new CallbackRegistrationError(url, error);
    }
  };
}
