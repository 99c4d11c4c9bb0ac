import { fieldIs } from "./kinds.js";

/** Passes users stopping your marketing messages. */
export const userMarketingPreferencesStop = fieldIs("userMarketingPreferences", "value", "stop");
/** Passes users resuming your marketing messages. */
export const userMarketingPreferencesResume = fieldIs(
  "userMarketingPreferences",
  "value",
  "resume",
);
