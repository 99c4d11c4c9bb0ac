import { readMetadata } from "./metadata.js";
import { type ChangeContext, unreadable } from "./parse-context.js";
import { list, object, optStr, str, time } from "./read.js";
import { userOf } from "./user.js";
import { UserMarketingPreferences } from "./user-preferences.js";

/** The updates of a `user_preferences` change: one per marketing-messages preference. */
export function parseUserPreferences(context: ChangeContext): void {
  const { value } = context;
  const metadata = readMetadata(value);
  const contacts = list(value, "contacts", "");
  const preferences = list(value, "user_preferences", "");
  for (let i = 0; i < preferences.length; i++) {
    const path = `user_preferences[${i}]`;
    const item = preferences[i];
    try {
      const p = object(item, path);
      const category = str(p, "category", path);
      if (category !== "marketing_messages") continue;
      context.updates.push(
        new UserMarketingPreferences({
          wabaId: context.wabaId,
          raw: value,
          metadata,
          client: context.client,
          // The preference names the user; `contacts` adds their profile when it matches.
          id: `${optStr(p, "wa_id", path) ?? optStr(p, "user_id", path)}:${optStr(p, "timestamp", path)}`,
          timestamp: time(p, "timestamp", path),
          from: userOf(optStr(p, "wa_id", path), optStr(p, "user_id", path), contacts, path),
          value: str(p, "value", path),
          detail: optStr(p, "detail", path),
          category,
          signupId: optStr(p, "signup_id", path),
        }),
      );
    } catch (error) {
      unreadable(context, path, error);
    }
  }
}
