import { z } from "zod";

/** A user a block or unblock applied to. */
export interface BlockedUser {
  /** What you passed: the phone number, wa_id or user id. */
  input: string;
  /** The user's WhatsApp id, when you blocked by phone number. */
  waId: string | undefined;
  /** The user's business-scoped user id, when you blocked by user id. */
  userId: string | undefined;
}

/** One error of a user a block or unblock failed for. */
export interface BlockUserFailureError {
  /** The Graph error code, such as 139100. */
  code: number | undefined;
  /** Graph's message. */
  message: string;
  /** Graph's `error_data.details`, when present. */
  details: string | undefined;
}

/** A user a block or unblock failed for, with why. */
export interface BlockUserFailure {
  /** What you passed. */
  input: string;
  /** The user's WhatsApp id, when Graph knew it. */
  waId: string | undefined;
  /** Why it failed. */
  errors: BlockUserFailureError[];
}

/** What `blockUsers` did, user by user: blocks can succeed for some users and fail for others. */
export interface BlockUsersResult {
  /** The users now blocked. */
  addedUsers: BlockedUser[];
  /** The users that could not be blocked, each with its errors. */
  failedUsers: BlockUserFailure[];
}

/** What `unblockUsers` did, user by user. */
export interface UnblockUsersResult {
  /** The users now unblocked. */
  removedUsers: BlockedUser[];
  /** The users that could not be unblocked, each with its errors. */
  failedUsers: BlockUserFailure[];
}

export const userSchema = z.looseObject({
  input: z.string().optional(),
  wa_id: z.string().optional(),
  user_id: z.string().optional(),
});

const failureSchema = z.looseObject({
  input: z.string(),
  wa_id: z.string().optional(),
  errors: z
    .array(
      z.looseObject({
        message: z.string(),
        code: z.number().optional(),
        error_data: z.looseObject({ details: z.string().optional() }).optional(),
      }),
    )
    .optional(),
});

export const blockResultSchema = z.looseObject({
  block_users: z
    .looseObject({
      added_users: z.array(userSchema).optional(),
      removed_users: z.array(userSchema).optional(),
      failed_users: z.array(failureSchema).optional(),
    })
    .optional(),
});

/** Turns a checked user entry into a {@link BlockedUser}. */
export const toBlockedUser = (u: z.output<typeof userSchema>): BlockedUser => ({
  input: u.input ?? u.wa_id ?? u.user_id ?? "",
  waId: u.wa_id,
  userId: u.user_id,
});

/** The per-user outcome of a block or unblock answer. */
export function toOutcome(raw: z.output<typeof blockResultSchema>) {
  const lists = raw.block_users ?? {};
  return {
    added: (lists.added_users ?? []).map(toBlockedUser),
    removed: (lists.removed_users ?? []).map(toBlockedUser),
    failed: (lists.failed_users ?? []).map(
      (f): BlockUserFailure => ({
        input: f.input,
        waId: f.wa_id,
        errors: (f.errors ?? []).map((e) => ({
          code: e.code,
          message: e.message,
          details: e.error_data?.details,
        })),
      }),
    ),
  };
}
