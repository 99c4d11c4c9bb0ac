import { type ChildProcess, spawn } from "node:child_process";

/** What a finished command printed, and its exit code. */
export interface Ran {
  readonly command: string;
  readonly code: number;
  readonly output: string;
}

/** A command left running (a server), with what it printed so far. */
export interface Started {
  /** The first `http://…` URL the command printed. */
  readonly url: string;
  /** Everything printed so far, stdout and stderr interleaved. */
  output(): string;
  /** Stops the command and everything it started (its process group). */
  stop(): Promise<void>;
}

/** Options of {@link run} and {@link start}. */
export interface ShellOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Give up after this long, in ms. */
  timeoutMs: number;
}

function spawnShell(command: string, options: ShellOptions): ChildProcess {
  // Its own process group, so stopping it stops npx, tsx and node under it.
  return spawn("bash", ["-c", command], {
    cwd: options.cwd,
    env: options.env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
}

function killGroup(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {
    // Already gone.
  }
}

/** Runs a shell command line to its end. */
export function run(command: string, options: ShellOptions): Promise<Ran> {
  const child = spawnShell(command, options);
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const timer = setTimeout(() => {
    output += `\n[newcomer check: gave up after ${options.timeoutMs / 1000} s]`;
    killGroup(child);
  }, options.timeoutMs);
  return new Promise((resolve) => {
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ command, code: code ?? 1, output });
    });
  });
}

/** Starts a command that keeps running, and resolves once it printed a URL. */
export function start(command: string, options: ShellOptions): Promise<Started> {
  const child = spawnShell(command, options);
  let output = "";
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once("close", () => resolve());
      killGroup(child);
    });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(
        new Error(`\`${command}\` printed no URL within ${options.timeoutMs / 1000} s:\n${output}`),
      );
    }, options.timeoutMs);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /http:\/\/[^\s/]+/.exec(output)?.[0];
      if (url === undefined) return;
      clearTimeout(timer);
      resolve({ url, output: () => output, stop });
    };
    child.stdout?.on("data", read);
    child.stderr?.on("data", read);
    child.on("close", (code) => {
      clearTimeout(timer);
      reject(new Error(`\`${command}\` exited (${code}) before printing a URL:\n${output}`));
    });
  });
}
