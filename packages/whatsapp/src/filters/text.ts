import type { TextMessage } from "../updates/message.js";
import { type Check, check, type Guard, guard } from "./filter.js";
import { textsOf } from "./text-fields.js";

/** Options of the text filters. */
export interface TextFilterOptions {
  /** Compare without regard to case (pywa's `ignore_case`). Default `false`. */
  ignoreCase?: boolean | undefined;
}

/** A text filter: true when `test` holds for any of the update's texts and any of `values`. */
function textFilter(
  name: string,
  values: readonly string[],
  options: TextFilterOptions,
  test: (text: string, value: string) => boolean,
): Check {
  if (values.length === 0 || values.some((v) => typeof v !== "string"))
    throw new TypeError(`filters.${name}: give one or more strings`);
  const fold = options.ignoreCase ? (s: string) => s.toLowerCase() : (s: string) => s;
  const wanted = values.map(fold);
  return check((update) =>
    textsOf(update).some((text) => wanted.some((value) => test(fold(text), value))),
  );
}

/** Splits `[...strings, options?]`. */
function split(args: readonly (string | TextFilterOptions)[]): [string[], TextFilterOptions] {
  const last = args[args.length - 1];
  return typeof last === "object" && last !== null
    ? [args.slice(0, -1) as string[], last]
    : [args as string[], {}];
}

/**
 * Passes updates whose text equals one of the strings (a message's text or caption, a button's
 * or row's data, a status's tracker, a flow completion's token or body), optionally ignoring
 * case.
 *
 * @example
 * ```ts
 * import { filters, WhatsApp } from "tswa";
 *
 * const wa = new WhatsApp({ appSecret: "…", verifyToken: "…" });
 * wa.onMessage(filters.matches("hi", "hello", { ignoreCase: true }), (msg) => msg.reply("Hey!"));
 * ```
 */
export function matches(
  ...args: [...strings: string[], options: TextFilterOptions] | string[]
): Check {
  const [values, options] = split(args);
  return textFilter("matches", values, options, (text, value) => text === value);
}

/** Passes updates whose text starts with one of the prefixes (fields as {@link matches}). */
export function startsWith(
  ...args: [...prefixes: string[], options: TextFilterOptions] | string[]
): Check {
  const [values, options] = split(args);
  return textFilter("startsWith", values, options, (text, value) => text.startsWith(value));
}

/** Passes updates whose text ends with one of the suffixes (fields as {@link matches}). */
export function endsWith(
  ...args: [...suffixes: string[], options: TextFilterOptions] | string[]
): Check {
  const [values, options] = split(args);
  return textFilter("endsWith", values, options, (text, value) => text.endsWith(value));
}

/** Passes updates whose text contains one of the words (fields as {@link matches}). */
export function contains(
  ...args: [...words: string[], options: TextFilterOptions] | string[]
): Check {
  const [values, options] = split(args);
  return textFilter("contains", values, options, (text, value) => text.includes(value));
}

/**
 * Passes updates whose text matches one of the patterns (fields as {@link matches}). As in
 * pywa (`re.match`), a string pattern must match at the start of the text; a `RegExp` is used
 * as given (its `g` and `y` flags are dropped so a filter never keeps state between updates).
 *
 * @example
 * ```ts
 * import { filters, WhatsApp } from "tswa";
 *
 * const wa = new WhatsApp({ appSecret: "…", verifyToken: "…" });
 * wa.onMessage(filters.regex(/^order #(\d+)$/i), (msg) => msg.reply("Looking it up…"));
 * ```
 */
export function regex(...patterns: readonly (string | RegExp)[]): Check {
  if (patterns.length === 0) throw new TypeError("filters.regex: give one or more patterns");
  const compiled = patterns.map((p) =>
    typeof p === "string"
      ? new RegExp(`^(?:${p})`)
      : new RegExp(p.source, p.flags.replace(/[gy]/g, "")),
  );
  return check((update) => textsOf(update).some((text) => compiled.some((re) => re.test(text))));
}

/** What {@link command} takes besides the command names. */
export interface CommandOptions extends TextFilterOptions {
  /** The characters a command may start with. Default `"/!"`, as in pywa. */
  prefixes?: string | readonly string[] | undefined;
}

/**
 * Passes text messages that are one of the commands: a prefix (`/` or `!` by default), then
 * the name, then the end of the text or a space (`/start`, `!help me`).
 *
 * @example
 * ```ts
 * import { filters, WhatsApp } from "tswa";
 *
 * const wa = new WhatsApp({ appSecret: "…", verifyToken: "…" });
 * wa.onMessage(filters.command("start", { ignoreCase: true }), (msg) => msg.reply("Welcome!"));
 * ```
 */
export function command(
  ...args: [...names: string[], options: CommandOptions] | string[]
): Guard<Pick<TextMessage, "kind" | "type" | "text">> {
  const [names, options] = split(args) as [string[], CommandOptions];
  if (names.length === 0 || names.some((n) => typeof n !== "string" || n === ""))
    throw new TypeError("filters.command: give one or more command names");
  const prefixes = [...(options.prefixes ?? "/!")];
  const fold = options.ignoreCase ? (s: string) => s.toLowerCase() : (s: string) => s;
  const wanted = new Set(names.map(fold));
  return guard((u) => {
    if (u.kind !== "message" || u.type !== "text" || typeof u.text !== "string") return false;
    if (!prefixes.includes(u.text.charAt(0))) return false;
    const name = u.text.slice(1).split(/\s/, 1)[0] ?? "";
    return wanted.has(fold(name));
  });
}

/** Passes text messages that look like a command: they start with `/` or `!`. */
export const isCommand: Guard<Pick<TextMessage, "kind" | "type" | "text">> = guard(
  (u) =>
    u.kind === "message" &&
    u.type === "text" &&
    typeof u.text === "string" &&
    (u.text.startsWith("/") || u.text.startsWith("!")),
);
