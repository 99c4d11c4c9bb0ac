import type { Guard } from "./filter.js";
import { fieldIs } from "./kinds.js";

/** Passes users stopping your marketing messages. */
export const userMarketingPreferencesStop: Guard<{
  readonly kind: "userMarketingPreferences";
  readonly value: "stop";
}> = fieldIs("userMarketingPreferences", "value", "stop");

/** Passes users resuming your marketing messages. */
export const userMarketingPreferencesResume: Guard<{
  readonly kind: "userMarketingPreferences";
  readonly value: "resume";
}> = fieldIs("userMarketingPreferences", "value", "resume");
