/**
 * The root of every error tswa throws or reports.
 *
 * Catch this to handle anything that comes from the SDK; narrow with `instanceof` on the
 * subclasses (Graph API errors, network errors, flow endpoint errors, key errors) to act on the
 * details. Messages say what happened and what to do; they never contain tokens, keys or
 * decrypted data.
 *
 * @example
 * ```ts
 * import { WhatsAppError } from "@tswa/core";
 *
 * try {
 *   await doSomethingWithTswa();
 * } catch (error) {
 *   if (error instanceof WhatsAppError) console.error(error.name, error.message);
 *   else throw error;
 * }
 * declare function doSomethingWithTswa(): Promise<void>;
 * ```
 */
export class WhatsAppError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    // Keep the subclass name even when a subclass forgets to set it.
    this.name = new.target.name;
  }
}

/**
 * An option a feature needs is missing or invalid, such as calling the Graph API without a
 * token. Thrown by the call that needs the option, naming it and the feature.
 */
export class WhatsAppConfigurationError extends WhatsAppError {
  /** The option that is missing or invalid, such as `token` or `businessAccountId`. */
  readonly option: string;

  constructor(option: string, message: string) {
    super(message);
    this.option = option;
  }
}
