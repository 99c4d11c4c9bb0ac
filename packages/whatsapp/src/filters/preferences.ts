import { type Guard, guard } from "./filter.js";

/** Passes users stopping your marketing messages. */
export const userMarketingPreferencesStop: Guard<{
  readonly kind: "userMarketingPreferences";
  readonly value: "stop";
}> = guard((u) => u.kind === "userMarketingPreferences" && u.value === "stop");

/** Passes users resuming your marketing messages. */
export const userMarketingPreferencesResume: Guard<{
  readonly kind: "userMarketingPreferences";
  readonly value: "resume";
}> = guard((u) => u.kind === "userMarketingPreferences" && u.value === "resume");
