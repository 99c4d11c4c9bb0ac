import type { Update } from "../updates/kinds.js";

/**
 * The texts the text filters (`matches`, `startsWith`, `contains`, `regex`…) look at, as in
 * pywa: a message's `text` and `caption`, a button's or row's `data`, a status's `tracker`, a
 * flow completion's `flowToken` and `body`. Other updates have none, so text filters fail on
 * them.
 */
export function textsOf(update: Update): string[] {
  const texts: unknown[] = [];
  switch (update.kind) {
    case "message":
    case "outgoingMessage":
      texts.push(update.text, update.caption);
      break;
    case "callbackButton":
    case "callbackSelection":
      texts.push(update.data);
      break;
    case "messageStatus":
      texts.push(update.tracker);
      break;
    case "flowCompletion":
      texts.push(update.flowToken, update.body);
      break;
  }
  return texts.filter((t): t is string => typeof t === "string");
}
