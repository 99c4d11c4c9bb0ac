/**
 * A sign-up by questions, written as straight-line code: each answer is awaited where the
 * question is asked (`sent.waitForReply()`, `sent.waitForClick()`), as pywa's listeners allow.
 *
 *   "sign up"          ->  "What is your name?"          (any text answers)
 *   the name           ->  "How old are you?"            (asked again until it is a number)
 *   the age            ->  "Which plan?" + two buttons   (a press of this message's buttons)
 *   the press          ->  "Welcome aboard, …!"
 *
 * "cancel" at any question ends it (`ListenerCanceled`); so does silence longer than
 * `answerTimeout` (`ListenerTimeout`). While a question waits, the user's other messages go to
 * the question, not to the other handlers.
 */
import {
  Button,
  filters,
  ListenerCanceled,
  ListenerTimeout,
  WhatsApp,
  type WhatsAppOptions,
} from "tswa";

/** A member who finished the sign-up. */
export interface Member {
  name: string;
  age: number;
  plan: string;
}

/** The app's client and the members it signed up. */
export interface ConversationApp {
  wa: WhatsApp;
  members: Map<string, Member>;
}

/** "cancel" in any case ends the sign-up at any question. */
const isCancel = filters.and(filters.message, filters.matches("cancel", { ignoreCase: true }));

/** Creates the app's client with its handlers; `answerTimeout` is how long each question waits (ms). */
export function createApp(
  options: WhatsAppOptions,
  { answerTimeout = 5 * 60_000 }: { answerTimeout?: number } = {},
): ConversationApp {
  const wa = new WhatsApp(options);
  const members = new Map<string, Member>();
  const answer = { filters: filters.text, cancelers: isCancel, timeout: answerTimeout };

  wa.onMessage("text", filters.regex(/^\s*sign ?up\s*$/i), async (msg) => {
    try {
      const askName = await msg.reply("Let's sign you up! What is your name? (cancel to stop)");
      const name = (await askName.waitForReply(answer)).text.trim();

      let askAge = await msg.reply(`Nice to meet you, ${name}! How old are you?`);
      let age = Number.NaN;
      while (Number.isNaN(age)) {
        const reply = await askAge.waitForReply(answer);
        if (/^\d{1,3}$/.test(reply.text.trim())) age = Number(reply.text.trim());
        else askAge = await reply.reply("Please answer with a number, like 34.");
      }

      const askPlan = await msg.reply("Last question: which plan?", {
        buttons: [
          new Button({ title: "Basic", callbackData: "basic" }),
          new Button({ title: "Pro", callbackData: "pro" }),
        ],
      });
      const plan = await askPlan.waitForClick({ cancelers: isCancel, timeout: answerTimeout });

      members.set(msg.from.preferredId, { name, age, plan: plan.data });
      await plan.reply(`Welcome aboard, ${name}! You are on the ${plan.title} plan.`);
    } catch (error) {
      if (error instanceof ListenerCanceled) {
        await msg.reply("Sign-up canceled. Write 'sign up' to start again.");
      } else if (error instanceof ListenerTimeout) {
        await msg.reply("You took too long to answer. Write 'sign up' to start again.");
      } else {
        throw error;
      }
    }
  });

  // Any other text, when no question waits for it.
  wa.onMessage("text", (msg) => msg.reply("Hi! Write 'sign up' to join."));

  wa.on("error", (error) => console.error(`  (app) ${error.name}: ${error.message}`));
  return { wa, members };
}
