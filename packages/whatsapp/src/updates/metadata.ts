import { type JsonRecord, object, optStr, str } from "./read.js";

/** Which of your phone numbers an update arrived for. */
export interface UpdateMetadata {
  /** The phone number id (the `phoneId` you send from). */
  phoneNumberId: string;
  /** The number as shown to users; some payloads leave it out. */
  displayPhoneNumber: string | undefined;
}

/** Reads `value.metadata`; only the phone number id is required. */
export function readMetadata(value: JsonRecord): UpdateMetadata {
  const metadata = object(value.metadata, "metadata");
  return {
    phoneNumberId: str(metadata, "phone_number_id", "metadata"),
    displayPhoneNumber: optStr(metadata, "display_phone_number", "metadata"),
  };
}
