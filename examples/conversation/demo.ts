/**
 * Plays three users against the app of app.ts on 127.0.0.1: Ada signs up (with a wrong age on
 * the way), Grace cancels, Linus goes silent until the question times out. Their messages and
 * button presses arrive as signed webhooks (WebhookSimulator); a stand-in for graph.facebook.com
 * records what the app sends. main.ts prints it; main.test.ts checks it.
 */
import { randomBytes } from "node:crypto";
import { MemoryListenerStore } from "tswa";
import { WebhookSimulator } from "tswa/simulator";
import { startGraphStandIn } from "../graph-stand-in.js";
import { createApp, type Member } from "./app.js";

const PHONE_ID = "106540352242922";
export const ADA = "16505551234";
export const GRACE = "447700900123";
export const LINUS = "358401234567";

/** What the demo saw: the conversation line by line, and the members signed up. */
export interface DemoResult {
  transcript: string[];
  members: Map<string, Member>;
}

/** Runs the three conversations; `answerTimeout` is how long each question waits (ms). */
export async function runDemo({ answerTimeout = 1_000 } = {}): Promise<DemoResult> {
  const appSecret = randomBytes(16).toString("hex");
  const graph = await startGraphStandIn();
  // The app's listeners, looked at only to know when it waits for an answer (a person would
  // take a moment to type it).
  const listeners = new MemoryListenerStore();
  const { wa, members } = createApp(
    {
      phoneId: PHONE_ID,
      token: "demo-token",
      appSecret,
      verifyToken: "demo-verify-token",
      webhookEndpoint: "/webhook",
      baseUrl: graph.url,
      listenerStore: listeners,
    },
    { answerTimeout },
  );
  const server = await wa.listen({ host: "127.0.0.1", port: 0 });
  const whatsapp = new WebhookSimulator({
    url: `${server.url}${wa.webhookEndpoint}`,
    appSecret,
    phoneId: PHONE_ID,
  });
  const transcript: string[] = [];

  /** The app's next message, as the user sees it. */
  const nextReply = async (reply: Promise<Record<string, unknown>>) => {
    const body = (await reply) as {
      text?: { body: string };
      interactive?: { body: { text: string }; action: { buttons: { reply: { title: string } }[] } };
    };
    const text = body.text?.body ?? body.interactive?.body.text ?? "";
    const buttons = body.interactive?.action.buttons.map((b) => `[${b.reply.title}]`) ?? [];
    transcript.push(`  app:  ${[text, ...buttons].join(" ")}`);
    return graph.sent.length;
  };
  /** Waits until the app listens for `user`'s answer. */
  const listening = async (user: string) => {
    for (let i = 0; i < 1000 && !listeners.get(user); i++) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  };
  const say = async (user: string, name: string, text: string) => {
    const reply = graph.nextMessage();
    transcript.push(`  ${name}: ${text}`);
    await whatsapp.text(text, { from: user, name });
    return nextReply(reply);
  };

  try {
    transcript.push("── Ada signs up");
    await say(ADA, "Ada", "sign up");
    await listening(ADA);
    await say(ADA, "Ada", "Ada Lovelace");
    await listening(ADA);
    await say(ADA, "Ada", "thirty-six");
    await listening(ADA);
    const planQuestion = await say(ADA, "Ada", "36");
    await listening(ADA);
    const welcome = graph.nextMessage();
    transcript.push("  Ada: presses [Pro]");
    await whatsapp.buttonPress(
      { id: "pro", title: "Pro", messageId: `wamid.demo${planQuestion}` },
      { from: ADA, name: "Ada" },
    );
    await nextReply(welcome);

    transcript.push("── Grace cancels");
    await say(GRACE, "Grace", "signup");
    await listening(GRACE);
    await say(GRACE, "Grace", "cancel");

    transcript.push(`── Linus goes quiet (each question waits ${answerTimeout} ms here)`);
    await say(LINUS, "Linus", "Sign up");
    await nextReply(graph.nextMessage());

    transcript.push("── Linus writes again, with no question waiting");
    await say(LINUS, "Linus", "hello?");
  } finally {
    await wa.close();
    await graph.close();
  }
  return { transcript, members };
}
