import { WhatsAppError } from "@tswa/core";

/**
 * A `CallbackData` class was defined with a field tswa cannot put in an id (only strings,
 * numbers, booleans and string enums, optional or not), or with a prefix that is empty or
 * holds a reserved character (`~` or `%`). Thrown when the class is made.
 */
export class CallbackDataDefinitionError extends WhatsAppError {
  /** The class's prefix. */
  readonly prefix: string;

  constructor(prefix: string, problem: string) {
    super(`CallbackData("${prefix}"): ${problem}`);
    this.name = "CallbackDataDefinitionError";
    this.prefix = prefix;
  }
}

/**
 * A string is not the callback data of a class (another class's, a plain id, or values the
 * schema refuses). `Class.parse()` throws it; `Class.tryParse()` and the `on…` handlers that
 * take a class treat such ids as someone else's. The message names the class, never the data.
 */
export class InvalidCallbackDataError extends WhatsAppError {
  /** The class's prefix. */
  readonly prefix: string;

  constructor(prefix: string, problem: string, options?: { cause?: unknown }) {
    super(`not callback data of CallbackData("${prefix}"): ${problem}`, options);
    this.name = "InvalidCallbackDataError";
    this.prefix = prefix;
  }
}
