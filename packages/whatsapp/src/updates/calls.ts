import type { ReplyToMessage } from "./message-content.js";
import type { UpdateError } from "./update-error.js";
import { UserUpdate, type UserUpdateInit } from "./user-update.js";

/** Who started a call. */
export type CallDirection = "USER_INITIATED" | "BUSINESS_INITIATED" | (string & {});

/** A call's session description (SDP). */
export interface CallSession {
  /** `offer` (from the user) or `answer` (to your offer). */
  sdpType: string;
  /** The SDP, RFC 8866. */
  sdp: string;
}

/**
 * What a {@link CallConnect} is made from.
 *
 * @inline
 */
export interface CallConnectInit extends UserUpdateInit {
  event: string;
  direction: CallDirection;
  session: CallSession | undefined;
}

/**
 * A call is connecting (`calls` field, event `connect`): for a user-initiated call, `session`
 * holds the user's SDP offer; for yours, WhatsApp's answer. Answering it is the calls issue's.
 *
 * @example
 * ```ts
 * import { WhatsApp } from "tswa";
 *
 * const wa = new WhatsApp({ appSecret: "…", verifyToken: "…" });
 * wa.onCallConnect((call) => console.log(call.direction, call.session?.sdpType));
 * ```
 */
export class CallConnect extends UserUpdate {
  /** Discriminates update kinds. */
  readonly kind = "callConnect" as const;
  /** The call event, `connect`. */
  readonly event: string;
  /** Who started the call. */
  readonly direction: CallDirection;
  /** The session description (SDP offer or answer). */
  readonly session: CallSession | undefined;

  constructor(init: CallConnectInit) {
    super(init);
    this.event = init.event;
    this.direction = init.direction;
    this.session = init.session;
  }
}

/**
 * What a {@link CallTerminate} is made from.
 *
 * @inline
 */
export interface CallTerminateInit extends UserUpdateInit {
  event: string;
  direction: CallDirection;
  status: string | undefined;
  startTime: Date | undefined;
  endTime: Date | undefined;
  duration: number | undefined;
  errors: readonly UpdateError[];
  tracker: string | undefined;
}

/**
 * A call ended (`calls` field, event `terminate`): `status` is `COMPLETED` or `FAILED`,
 * `duration` in seconds.
 *
 * @example
 * ```ts
 * import { WhatsApp } from "tswa";
 *
 * const wa = new WhatsApp({ appSecret: "…", verifyToken: "…" });
 * wa.onCallTerminate((call) => console.log(`${call.id} ${call.status} after ${call.duration}s`));
 * ```
 */
export class CallTerminate extends UserUpdate {
  /** Discriminates update kinds. */
  readonly kind = "callTerminate" as const;
  /** The call event, `terminate`. */
  readonly event: string;
  /** Who started the call. */
  readonly direction: CallDirection;
  /** `COMPLETED` or `FAILED`. */
  readonly status: string | undefined;
  /** When the call was answered. */
  readonly startTime: Date | undefined;
  /** When it ended. */
  readonly endTime: Date | undefined;
  /** How long it lasted, in seconds. */
  readonly duration: number | undefined;
  /** Why it failed. */
  readonly errors: readonly UpdateError[];
  /** The `tracker` you started the call with. */
  readonly tracker: string | undefined;

  constructor(init: CallTerminateInit) {
    super(init);
    this.event = init.event;
    this.direction = init.direction;
    this.status = init.status;
    this.startTime = init.startTime;
    this.endTime = init.endTime;
    this.duration = init.duration;
    this.errors = init.errors;
    this.tracker = init.tracker;
  }
}

/**
 * What a {@link CallStatus} is made from.
 *
 * @inline
 */
export interface CallStatusInit extends UserUpdateInit {
  type: string;
  status: string;
  tracker: string | undefined;
}

/**
 * The status of a call you started (`calls` field, `statuses`): `RINGING`, `ACCEPTED` or
 * `REJECTED`.
 *
 * @example
 * ```ts
 * import { WhatsApp } from "tswa";
 *
 * const wa = new WhatsApp({ appSecret: "…", verifyToken: "…" });
 * wa.onCallStatus("ACCEPTED", (status) => console.log(`${status.id} picked up`));
 * ```
 */
export class CallStatus extends UserUpdate {
  /** Discriminates update kinds. */
  readonly kind = "callStatus" as const;
  /** The status type, `call`. */
  readonly type: string;
  /** `RINGING`, `ACCEPTED` or `REJECTED`. */
  readonly status: string;
  /** The `tracker` you started the call with. */
  readonly tracker: string | undefined;

  constructor(init: CallStatusInit) {
    super(init);
    this.type = init.type;
    this.status = init.status;
    this.tracker = init.tracker;
  }
}

/**
 * What a {@link CallPermissionUpdate} is made from.
 *
 * @inline
 */
export interface CallPermissionUpdateInit extends UserUpdateInit {
  response: "accept" | "reject" | (string & {});
  responseSource: string | undefined;
  expirationTimestamp: Date | undefined;
  replyToMessage: ReplyToMessage | undefined;
}

/**
 * A user answered your request for permission to call them (`call_permission_reply`).
 *
 * @example
 * ```ts
 * import { WhatsApp } from "tswa";
 *
 * const wa = new WhatsApp({ appSecret: "…", verifyToken: "…" });
 * wa.onCallPermissionUpdate((update) => {
 *   if (update.response === "accept") console.log("may call until", update.expirationTimestamp);
 * });
 * ```
 */
export class CallPermissionUpdate extends UserUpdate {
  /** Discriminates update kinds. */
  readonly kind = "callPermissionUpdate" as const;
  /** `accept` or `reject`. */
  readonly response: CallPermissionUpdateInit["response"];
  /** `user_action` or `automatic`. */
  readonly responseSource: string | undefined;
  /** Until when you may call (accepted permissions only). */
  readonly expirationTimestamp: Date | undefined;
  /** The permission request message answered. */
  readonly replyToMessage: ReplyToMessage | undefined;

  constructor(init: CallPermissionUpdateInit) {
    super(init);
    this.response = init.response;
    this.responseSource = init.responseSource;
    this.expirationTimestamp = init.expirationTimestamp;
    this.replyToMessage = init.replyToMessage;
  }
}
