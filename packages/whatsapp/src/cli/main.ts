#!/usr/bin/env node
// The `tswa` executable: runs the command line on the process's own streams.
import { runCli } from "./run.js";

// `tswa flows list --json | head -1` closes stdout early: that is the reader's choice, not a failure.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // runCli reports every error itself; reaching this is a bug in tswa, so show all of it.
    console.error("tswa: internal error:", error);
    process.exitCode = 1;
  },
);
