/** Where the CLI writes and what it reads from its environment; tests pass their own. */
export interface CliIo {
  /** Results: tables, JSON, what was written. Piped output stays clean of progress. */
  stdout: { write(text: string): unknown };
  /** Progress lines and errors. */
  stderr: { write(text: string): unknown };
  /** The environment variables (`WHATSAPP_TOKEN`…). Default: `process.env`. */
  env?: Readonly<Record<string, string | undefined>> | undefined;
  /** The directory relative paths start from. Default: `process.cwd()`. */
  cwd?: string | undefined;
}

/** Secrets shorter than this are not masked: masking "t" would garble every word with a t. */
const MIN_SECRET_LENGTH = 6;

/**
 * The CLI's two streams, with every known secret (token, app secret, passphrase) masked in
 * whatever is written, so that no message, Graph error or stack trace can print one.
 */
export class CliOutput {
  readonly #io: CliIo;
  readonly #secrets = new Set<string>();

  constructor(io: CliIo) {
    this.#io = io;
  }

  /** Masks `value` in everything written from now on. */
  addSecret(value: string | undefined): void {
    if (value !== undefined && value.length >= MIN_SECRET_LENGTH) this.#secrets.add(value);
  }

  /** Writes result lines to stdout. */
  result(...lines: string[]): void {
    for (const line of lines) this.#io.stdout.write(`${this.#mask(line)}\n`);
  }

  /** Writes a progress line ("uploading…") to stderr. */
  progress(line: string): void {
    this.#io.stderr.write(`${this.#mask(line)}\n`);
  }

  /** Writes error or warning lines to stderr. */
  error(...lines: string[]): void {
    for (const line of lines) this.#io.stderr.write(`${this.#mask(line)}\n`);
  }

  #mask(text: string): string {
    let masked = text;
    for (const secret of this.#secrets) masked = masked.replaceAll(secret, "***");
    return masked;
  }
}
