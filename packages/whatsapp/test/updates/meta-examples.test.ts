/**
 * Webhook bodies shaped as Meta's webhook reference documents them (developers.facebook.com,
 * WhatsApp Business Platform, webhooks reference: phone_number_quality_update, system messages,
 * group messages), with example values in place of the placeholders. They check the parsers
 * against a source other than pywa's test data.
 */
import { Message, PhoneNumberChange, PhoneNumberQualityUpdate } from "tswa";
import { describe, expect, it } from "vitest";
import { typedUpdatesOf } from "../fixtures/pywa-updates.js";
import { envelope, WABA_ID } from "../fixtures/webhooks.js";

const metadata = { display_phone_number: "15550783881", phone_number_id: "106540352242922" };
/** A `messages` webhook with one change carrying `value`'s fields. */
const messagesWebhook = (value: Record<string, unknown>) =>
  envelope([{ field: "messages", value: { messaging_product: "whatsapp", metadata, ...value } }]);

describe("Meta's documented webhook shapes", () => {
  it("phone_number_quality_update: the limits as strings, old_limit only for limit changes", () => {
    const [update, withoutOld] = typedUpdatesOf(
      envelope([
        {
          field: "phone_number_quality_update",
          value: {
            display_phone_number: "15550783881",
            event: "UPGRADE",
            old_limit: "TIER_1K",
            current_limit: "TIER_10K",
            max_daily_conversations_per_business: "TIER_10K",
          },
        },
        {
          field: "phone_number_quality_update",
          value: {
            display_phone_number: "15550783881",
            event: "THROUGHPUT_UPGRADE",
            current_limit: "TIER_UNLIMITED",
            max_daily_conversations_per_business: "TIER_UNLIMITED",
          },
        },
      ]),
    );
    expect(update).toBeInstanceOf(PhoneNumberQualityUpdate);
    expect(update).toMatchObject({
      kind: "phoneNumberQualityUpdate",
      wabaId: WABA_ID,
      timestamp: new Date(1_732_000_000 * 1000),
      displayPhoneNumber: "15550783881",
      event: "UPGRADE",
      oldLimit: "TIER_1K",
      currentLimit: "TIER_10K",
      maxDailyConversationsPerBusiness: "TIER_10K",
    });
    expect(withoutOld).toMatchObject({ event: "THROUGHPUT_UPGRADE", oldLimit: undefined });
  });

  it("system user_changed_number: no contacts array, the new number in system.wa_id", () => {
    const [change] = typedUpdatesOf(
      messagesWebhook({
        messages: [
          {
            from: "16505551234",
            id: "wamid.HBgLMTY1MDU1NTEyMzQVAgASGBQzQUI4",
            timestamp: "1739321024",
            type: "system",
            system: {
              body: "User Ada changed from 16505551234 to 16505559999",
              wa_id: "16505559999",
              type: "user_changed_number",
            },
          },
        ],
      }),
    );
    expect(change).toBeInstanceOf(PhoneNumberChange);
    expect(change).toMatchObject({
      systemType: "user_changed_number",
      oldWaId: "16505551234",
      newWaId: "16505559999",
      body: "User Ada changed from 16505551234 to 16505559999",
      from: { waId: "16505551234", name: undefined },
    });
  });

  it("a group message: group_id on the message, the identity key hash on the contact", () => {
    const [msg] = typedUpdatesOf(
      messagesWebhook({
        contacts: [
          {
            profile: { name: "Ada" },
            wa_id: "16505551234",
            identity_key_hash: "DF2lS5v2W6x=",
          },
        ],
        messages: [
          {
            from: "16505551234",
            group_id: "Y2FwaV9ncm91cDoxNzA1NTU1MDEzOToxMjAzNjM0MDQ2OTQyMzM4MjAZD",
            id: "wamid.HBgLMTY1MDU1NTEyMzQVAgARGBI5",
            timestamp: "1739321024",
            text: { body: "Hello, group!" },
            type: "text",
          },
        ],
      }),
    );
    expect(msg).toBeInstanceOf(Message);
    expect(msg).toMatchObject({
      type: "text",
      text: "Hello, group!",
      groupId: "Y2FwaV9ncm91cDoxNzA1NTU1MDEzOToxMjAzNjM0MDQ2OTQyMzM4MjAZD",
      from: { waId: "16505551234", name: "Ada", identityKeyHash: "DF2lS5v2W6x=" },
    });
  });
});
