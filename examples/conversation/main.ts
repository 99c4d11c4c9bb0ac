/**
 * The conversation example: a sign-up by questions (app.ts), played by three simulated users
 * against the app on 127.0.0.1 (demo.ts).
 *
 *   pnpm example:conversation
 */
import { runDemo } from "./demo.js";

const { transcript, members } = await runDemo();
console.log(transcript.join("\n"));
console.log("\nmembers:", JSON.stringify(Object.fromEntries(members)));
