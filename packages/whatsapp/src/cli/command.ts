import { type ParseArgsConfig, parseArgs } from "node:util";
import { UsageError } from "./errors.js";
import type { CliOutput } from "./output.js";

/** What a command runs with. */
export interface CliContext {
  output: CliOutput;
  env: Readonly<Record<string, string | undefined>>;
  /** The directory relative paths start from. */
  cwd: string;
  /** `--verbose`: Graph calls and stack traces on stderr. */
  verbose: boolean;
}

/** One command, such as `flows list`. */
export interface CliCommand {
  /** The words that select it, such as `flows list`. */
  name: string;
  /** One line for the overview of `tswa --help`. */
  summary: string;
  /** The usage line, such as `usage: tswa flows get <flow-id> [--json]`. */
  usage: string;
  /** The whole `--help` text. */
  help: string;
  /** Commands selected by a word after this one's name: `simulate webhook`. */
  subcommands?: Record<string, CliCommand> | undefined;
  /** Runs the command with the arguments after its name; resolves to the exit code. */
  run(argv: string[], context: CliContext): Promise<number>;
}

type ParseArgsOptionsConfig = NonNullable<ParseArgsConfig["options"]>;

type Parsed<O extends ParseArgsOptionsConfig> = ReturnType<
  typeof parseArgs<{ args: string[]; options: O; allowPositionals: true; strict: true }>
>;

/**
 * Parses a command's arguments with `node:util` parseArgs, turning its errors into
 * {@link UsageError}s that name the option, and checking the number of positionals.
 *
 * @param positionals - The names of the required positionals, in order.
 */
export function parseCommandArgs<O extends ParseArgsOptionsConfig>(
  argv: string[],
  command: Pick<CliCommand, "name" | "usage">,
  options: O,
  positionals: readonly string[] = [],
): Parsed<O> {
  let parsed: Parsed<O>;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(parseErrorMessage(error), usageOf(command));
  }
  const missing = positionals[parsed.positionals.length];
  if (missing !== undefined) throw new UsageError(`missing ${missing}`, usageOf(command));
  const extra = parsed.positionals[positionals.length];
  if (extra !== undefined) {
    throw new UsageError(`unexpected argument "${extra}"`, usageOf(command));
  }
  return parsed;
}

/** The usage line with a pointer to the full help. */
export function usageOf(command: Pick<CliCommand, "name" | "usage">): string {
  return `${command.usage}\n(tswa ${command.name} --help for details)`;
}

/** parseArgs' messages are long and tell how to pass positionals; keep what went wrong. */
function parseErrorMessage(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  const name = /'(?:-\w, )?(--?[^' ]+)/.exec(message)?.[1];
  if (name !== undefined) {
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return `unknown option ${name}`;
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
      return /argument missing/.test(message) ? `${name} needs a value` : `${name} takes no value`;
    }
  }
  return message;
}
