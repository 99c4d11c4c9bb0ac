import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { ADA, runDemo } from "./demo.js";

const root = fileURLToPath(new URL("../../", import.meta.url));

describe("the conversation example (a sign-up by questions)", () => {
  it("asks, re-asks, takes a button press, cancels on 'cancel' and times out, over signed webhooks", async () => {
    const { transcript, members } = await runDemo({ answerTimeout: 300 });
    expect(transcript).toEqual([
      "── Ada signs up",
      "  Ada: sign up",
      "  app:  Let's sign you up! What is your name? (cancel to stop)",
      "  Ada: Ada Lovelace",
      "  app:  Nice to meet you, Ada Lovelace! How old are you?",
      "  Ada: thirty-six",
      "  app:  Please answer with a number, like 34.",
      "  Ada: 36",
      "  app:  Last question: which plan? [Basic] [Pro]",
      "  Ada: presses [Pro]",
      "  app:  Welcome aboard, Ada Lovelace! You are on the Pro plan.",
      "── Grace cancels",
      "  Grace: signup",
      "  app:  Let's sign you up! What is your name? (cancel to stop)",
      "  Grace: cancel",
      "  app:  Sign-up canceled. Write 'sign up' to start again.",
      "── Linus goes quiet (each question waits 300 ms here)",
      "  Linus: Sign up",
      "  app:  Let's sign you up! What is your name? (cancel to stop)",
      "  app:  You took too long to answer. Write 'sign up' to start again.",
      "── Linus writes again, with no question waiting",
      "  Linus: hello?",
      "  app:  Hi! Write 'sign up' to join.",
    ]);
    expect(Object.fromEntries(members)).toEqual({
      [ADA]: { name: "Ada Lovelace", age: 36, plan: "pro" },
    });
  });

  it("runs as `pnpm example:conversation` prints it", async () => {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ["--import", "tsx", "examples/conversation/main.ts"],
      { cwd: root },
    );
    expect(stderr).toBe("");
    expect(stdout).toContain("app:  Welcome aboard, Ada Lovelace! You are on the Pro plan.");
    expect(stdout).toContain(
      'members: {"16505551234":{"name":"Ada Lovelace","age":36,"plan":"pro"}}',
    );
  });
});
