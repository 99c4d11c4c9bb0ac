import { WabaUpdate, type WabaUpdateInit } from "./waba-update.js";

/**
 * What a {@link PhoneNumberQualityUpdate} is made from.
 *
 * @inline
 */
export interface PhoneNumberQualityUpdateInit extends WabaUpdateInit {
  displayPhoneNumber: string | undefined;
  event: string;
  currentLimit: string | undefined;
  oldLimit: string | undefined;
  maxDailyConversationsPerBusiness: string | undefined;
}

/**
 * A phone number's quality rating or messaging limit changed (`phone_number_quality_update`):
 * `event` is `FLAGGED`, `UNFLAGGED`, `UPGRADE`, `DOWNGRADE`, … (tswa addition; pywa has none).
 *
 * @example
 * ```ts
 * import { WhatsApp } from "tswa";
 *
 * const wa = new WhatsApp({ appSecret: "…", verifyToken: "…" });
 * wa.onPhoneNumberQualityUpdate((update) => console.log(update.displayPhoneNumber, update.event));
 * ```
 */
export class PhoneNumberQualityUpdate extends WabaUpdate {
  /** Discriminates update kinds. */
  readonly kind = "phoneNumberQualityUpdate" as const;
  /** The number, as shown to users. */
  readonly displayPhoneNumber: string | undefined;
  /** What happened. */
  readonly event: string;
  /** The messaging limit now, such as `TIER_1K`. */
  readonly currentLimit: string | undefined;
  /** The messaging limit before. */
  readonly oldLimit: string | undefined;
  /** The daily limit of business-initiated conversations, such as `TIER_2K`. */
  readonly maxDailyConversationsPerBusiness: string | undefined;

  constructor(init: PhoneNumberQualityUpdateInit) {
    super(init);
    this.displayPhoneNumber = init.displayPhoneNumber;
    this.event = init.event;
    this.currentLimit = init.currentLimit;
    this.oldLimit = init.oldLimit;
    this.maxDailyConversationsPerBusiness = init.maxDailyConversationsPerBusiness;
  }
}
