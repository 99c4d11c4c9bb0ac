import { charCount } from "../messages/validate.js";
import type { UpdateConversationalAutomationOptions } from "./options.js";

// Meta's conversational components guide: 4 ice breakers of 80 characters, 30 commands with
// names of 32 and descriptions of 256 characters.
const MAX_ICE_BREAKERS = 4;
const MAX_ICE_BREAKER = 80;
const MAX_COMMANDS = 30;
const MAX_COMMAND_NAME = 32;
const MAX_COMMAND_DESCRIPTION = 256;

function check(ok: boolean, problem: string): void {
  if (!ok) throw new TypeError(`updateConversationalAutomation: ${problem}`);
}

/** The JSON body of `updateConversationalAutomation`, checked against Meta's limits. */
export function automationBody(options: UpdateConversationalAutomationOptions) {
  const { iceBreakers, commands, enableWelcomeMessage } = options;
  check(
    iceBreakers !== undefined || commands !== undefined || enableWelcomeMessage !== undefined,
    "give iceBreakers, commands or enableWelcomeMessage",
  );
  if (iceBreakers) {
    check(iceBreakers.length <= MAX_ICE_BREAKERS, `at most ${MAX_ICE_BREAKERS} iceBreakers`);
    for (const [i, text] of iceBreakers.entries()) {
      check(
        typeof text === "string" && text !== "" && charCount(text) <= MAX_ICE_BREAKER,
        `iceBreakers[${i}] must be 1 to ${MAX_ICE_BREAKER} characters`,
      );
    }
  }
  if (commands) {
    check(commands.length <= MAX_COMMANDS, `at most ${MAX_COMMANDS} commands`);
    for (const [i, c] of commands.entries()) {
      check(
        /^[^/\s]/.test(c.name) && charCount(c.name) <= MAX_COMMAND_NAME,
        `commands[${i}].name must be 1 to ${MAX_COMMAND_NAME} characters, without the slash`,
      );
      check(
        c.description !== "" && charCount(c.description) <= MAX_COMMAND_DESCRIPTION,
        `commands[${i}].description must be 1 to ${MAX_COMMAND_DESCRIPTION} characters`,
      );
    }
  }
  return {
    enable_welcome_message: enableWelcomeMessage,
    prompts: iceBreakers,
    commands: commands?.map((c) => ({ command_name: c.name, command_description: c.description })),
  };
}
