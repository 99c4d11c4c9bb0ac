import type { Extensible, JsonObject } from "./codec.js";
import { encodeFields, isPlainObject, toJsonValue } from "./codec.js";
import type { ActionPayload, NavigateAction } from "./navigate-action.js";

/** Options of {@link DataExchangeAction} and {@link CompleteAction}. */
export interface PayloadActionOptions extends Extensible {
  /** The data to send; references (`email.ref`) are resolved by the client. Defaults to `{}`. */
  readonly payload?: ActionPayload | undefined;
}

/**
 * Sends `payload` to the flow endpoint, which answers with the next screen (spec 6.3). The flow
 * then needs `dataApiVersion` and a routing model.
 *
 * @example
 * ```ts
 * import { DataExchangeAction, formRef } from "@tswa/flows/json";
 *
 * new DataExchangeAction({ payload: { date: formRef("date") } });
 * ```
 */
export class DataExchangeAction {
  /**
   * camelCase option -> Flow JSON key, in output order (what the encoder and parser read).
   *
   * @internal
   */
  static readonly fields = { payload: "payload" };
  /** Always `"data_exchange"`. */
  readonly name = "data_exchange" as const;
  /** The data sent to the endpoint. */
  readonly payload: ActionPayload | undefined;
  /** Unmodelled keys, written as given. */
  readonly extra: Readonly<Record<string, unknown>> | undefined;

  constructor(options: PayloadActionOptions = {}) {
    this.payload = options.payload ?? {};
    this.extra = options.extra;
  }

  /** The action as Flow JSON (`JSON.stringify` calls this). */
  toJSON(): JsonObject {
    return encodeFields(this, DataExchangeAction.fields, { name: this.name });
  }
}

/**
 * Closes the flow; `payload` reaches your webhook in the completion message (spec 6.3).
 *
 * @example
 * ```ts
 * import { CompleteAction, formRef } from "@tswa/flows/json";
 *
 * new CompleteAction({ payload: { email: formRef("email") } });
 * ```
 */
export class CompleteAction {
  /**
   * camelCase option -> Flow JSON key, in output order (what the encoder and parser read).
   *
   * @internal
   */
  static readonly fields = { payload: "payload" };
  /** Always `"complete"`. */
  readonly name = "complete" as const;
  /** The data sent with the completion message. */
  readonly payload: ActionPayload | undefined;
  /** Unmodelled keys, written as given. */
  readonly extra: Readonly<Record<string, unknown>> | undefined;

  constructor(options: PayloadActionOptions = {}) {
    this.payload = options.payload ?? {};
    this.extra = options.extra;
  }

  /** The action as Flow JSON (`JSON.stringify` calls this). */
  toJSON(): JsonObject {
    return encodeFields(this, CompleteAction.fields, { name: this.name });
  }
}

/** Options of {@link UpdateDataAction}. */
export interface UpdateDataActionOptions extends Extensible {
  /** The new values of the screen's data; spread `screenData.update(value)` results here. */
  readonly payload: ActionPayload;
}

/**
 * Updates the current screen's data without a round trip (Flow JSON 6.0+; spec 6.3).
 *
 * @example
 * ```ts
 * import { ScreenData, UpdateDataAction } from "@tswa/flows/json";
 *
 * const showStates = new ScreenData({ key: "show_states", example: false });
 * new UpdateDataAction({ payload: { ...showStates.update(true) } });
 * ```
 */
export class UpdateDataAction {
  /**
   * camelCase option -> Flow JSON key, in output order (what the encoder and parser read).
   *
   * @internal
   */
  static readonly fields = { payload: "payload" };
  /** Always `"update_data"`. */
  readonly name = "update_data" as const;
  /** The new values. */
  readonly payload: ActionPayload;
  /** Unmodelled keys, written as given. */
  readonly extra: Readonly<Record<string, unknown>> | undefined;

  constructor(options: UpdateDataActionOptions) {
    this.payload = options.payload;
    this.extra = options.extra;
  }

  /** The action as Flow JSON (`JSON.stringify` calls this). */
  toJSON(): JsonObject {
    return encodeFields(this, UpdateDataAction.fields, { name: this.name });
  }
}

/** Options of {@link OpenUrlAction}. */
export interface OpenUrlActionOptions extends Extensible {
  /** The address to open in the device's browser. */
  readonly url: string;
}

/**
 * Opens a URL in the browser (Flow JSON 6.0+; only on `EmbeddedLink` and `OptIn`; spec 6.3).
 *
 * @example
 * ```ts
 * import { OpenUrlAction } from "@tswa/flows/json";
 *
 * new OpenUrlAction({ url: "https://example.com/terms" });
 * ```
 */
export class OpenUrlAction {
  /**
   * camelCase option -> Flow JSON key, in output order (what the encoder and parser read).
   *
   * @internal
   */
  static readonly fields = { url: "url" };
  /** Always `"open_url"`. */
  readonly name = "open_url" as const;
  /** The address to open. */
  readonly url: string;
  /** Unmodelled keys, written as given. */
  readonly extra: Readonly<Record<string, unknown>> | undefined;

  constructor(options: OpenUrlActionOptions) {
    this.url = options.url;
    this.extra = options.extra;
  }

  /** The action as Flow JSON (`JSON.stringify` calls this). */
  toJSON(): JsonObject {
    return encodeFields(this, OpenUrlAction.fields, { name: this.name });
  }
}

/**
 * An action tswa does not model (a name Meta added later), kept as its JSON so that parsing and
 * serializing a flow never loses it. Also an escape hatch for hand-written actions.
 */
export class RawAction {
  /** The action `name`. */
  readonly name: string;
  /** The whole action JSON, `name` included. */
  readonly json: JsonObject;

  constructor(json: JsonObject & { readonly name: string }) {
    this.name = json.name;
    this.json = json;
  }

  /** The action as Flow JSON (`JSON.stringify` calls this). */
  toJSON(): JsonObject {
    return toJsonValue(this.json) as JsonObject;
  }
}

/** Every action class. */
export type Action =
  | NavigateAction
  | DataExchangeAction
  | CompleteAction
  | UpdateDataAction
  | OpenUrlAction
  | RawAction;

/** Whether a parsed value looks like an action (`{ "name": "…" }`). */
export function isActionJson(json: unknown): json is JsonObject & { name: string } {
  return isPlainObject(json) && typeof json.name === "string";
}
