/** Structured details of a log line: ids, statuses, durations. Never keys, tokens or payloads. */
export type LogFields = Readonly<Record<string, unknown>>;

/**
 * Where tswa writes what it does: Graph calls and their retries, flow requests, webhooks.
 * Every line carries a `requestId` to follow one call or request across lines. The default is
 * {@link silentLogger}; pass {@link consoleLogger} or an adapter for your own logger.
 *
 * tswa never logs keys, tokens or decrypted payloads, unless a component offers an explicit
 * option for payloads (`logPayloads`) and you turn it on.
 *
 * @example
 * ```ts
 * import type { Logger } from "@tswa/core";
 *
 * // An adapter for pino-style loggers, which take the fields first.
 * declare const pino: { [L in "debug" | "info" | "warn" | "error"]: (fields: object, message: string) => void };
 * const logger: Logger = {
 *   debug: (message, fields) => pino.debug(fields ?? {}, message),
 *   info: (message, fields) => pino.info(fields ?? {}, message),
 *   warn: (message, fields) => pino.warn(fields ?? {}, message),
 *   error: (message, fields) => pino.error(fields ?? {}, message),
 * };
 * ```
 */
export interface Logger {
  /** Routine events: each Graph call, flow request and webhook. */
  debug(message: string, fields?: LogFields): void;
  /** Requests tswa rejected (the sender's doing: forged, malformed, expired). */
  info(message: string, fields?: LogFields): void;
  /** Retries and failed Graph calls. */
  warn(message: string, fields?: LogFields): void;
  /** Failures of your code or the server: 500s, failing webhook handlers. */
  error(message: string, fields?: LogFields): void;
}

/** The default logger: writes nothing. */
export const silentLogger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};

/** The levels of {@link consoleLogger}, from the most verbose. */
export type LogLevel = "debug" | "info" | "warn" | "error";

const LEVELS: readonly LogLevel[] = ["debug", "info", "warn", "error"];

/**
 * A logger that writes one line per event to the console (stderr for warnings and errors):
 * `tswa <level> <message> key=value …`, from `level` up.
 *
 * @example
 * ```ts
 * import { consoleLogger, GraphClient } from "@tswa/core";
 *
 * const graph = new GraphClient({ token: process.env.WHATSAPP_TOKEN, logger: consoleLogger({ level: "debug" }) });
 * ```
 */
export function consoleLogger(options: { level?: LogLevel | undefined } = {}): Logger {
  const from = LEVELS.indexOf(options.level ?? "info");
  const line = (level: LogLevel, message: string, fields: LogFields | undefined) => {
    if (LEVELS.indexOf(level) < from) return;
    const details = Object.entries(fields ?? {})
      .map(([key, value]) => `${key}=${typeof value === "string" ? value : showValue(value)}`)
      .join(" ");
    const text = `tswa ${level} ${message}${details ? ` ${details}` : ""}`;
    if (level === "warn" || level === "error") console.error(text);
    else console.log(text);
  };
  return {
    debug: (message, fields) => line("debug", message, fields),
    info: (message, fields) => line("info", message, fields),
    warn: (message, fields) => line("warn", message, fields),
    error: (message, fields) => line("error", message, fields),
  };
}

/**
 * A field value as JSON, for any value: BigInt as digits, and `[unserializable]` for what JSON
 * cannot hold (cycles, nesting deeper than the stack), so that logging never throws.
 */
function showValue(value: unknown): string {
  try {
    return (
      JSON.stringify(value, (_key, item: unknown) =>
        typeof item === "bigint" ? item.toString() : item,
      ) ?? String(value)
    );
  } catch {
    return "[unserializable]";
  }
}

/** One line a {@link memoryLogger} kept. */
export interface LoggedLine {
  /** The level it was logged at. */
  level: LogLevel;
  /** The message, such as `graph call`. */
  message: string;
  /** The fields, `{}` when none were given. */
  fields: LogFields;
}

/** A {@link Logger} that keeps what it is given; see {@link memoryLogger}. */
export interface MemoryLogger extends Logger {
  /** Every line logged so far, in order. */
  readonly lines: LoggedLine[];
}

/**
 * A logger that keeps every line in `lines`: for tests that assert what was logged.
 *
 * @example
 * ```ts
 * import { GraphClient, memoryLogger } from "@tswa/core";
 *
 * const logger = memoryLogger();
 * const graph = new GraphClient({ token: "test", logger });
 * // … make calls, then:
 * console.log(logger.lines.map((line) => `${line.level} ${line.message}`));
 * ```
 */
export function memoryLogger(): MemoryLogger {
  const lines: LoggedLine[] = [];
  const at =
    (level: LogLevel) =>
    (message: string, fields: LogFields = {}) => {
      lines.push({ level, message, fields });
    };
  return { lines, debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") };
}
