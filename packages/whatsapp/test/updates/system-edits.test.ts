import {
  DeletedMessage,
  EditedMessage,
  IdentityChange,
  Message,
  OutgoingDeletedMessage,
  OutgoingEditedMessage,
  OutgoingMessage,
  PhoneNumberChange,
} from "tswa";
import { describe, expect, it } from "vitest";
import { fieldsOf, onlyUpdate, TEST_METADATA, TEST_USER } from "../fixtures/pywa-updates.js";

describe("system messages, from pywa's system.json", () => {
  it("PhoneNumberChange: old and new number (no contacts array: the user is the sender)", () => {
    const change = onlyUpdate(PhoneNumberChange, "system", "phone_number_change");
    expect(fieldsOf(change)).toEqual({
      kind: "phoneNumberChange",
      wabaId: "1234567890987654321",
      sharedData: {},
      id: "wamid.xyzxyz==",
      from: {
        waId: "972987654321",
        userId: undefined,
        parentUserId: undefined,
        username: undefined,
        name: undefined,
        identityKeyHash: undefined,
      },
      timestamp: new Date(1753851315 * 1000),
      metadata: TEST_METADATA,
      systemType: "user_changed_number",
      oldWaId: "972987654321",
      newWaId: "972912345678",
      newUserId: undefined,
      newParentUserId: undefined,
      body: "User A changed from 972987654321 to 972912345678",
    });
  });

  it("IdentityChange: the new identity's hash and creation time", () => {
    const change = onlyUpdate(IdentityChange, "system", "identity_change");
    expect(fieldsOf(change)).toEqual({
      kind: "identityChange",
      wabaId: "1234567890987654321",
      sharedData: {},
      id: "wamid.xyzxyz",
      from: {
        waId: "972987654321",
        userId: undefined,
        parentUserId: undefined,
        username: undefined,
        name: "User A",
        identityKeyHash: undefined,
      },
      timestamp: new Date(1697044706 * 1000),
      metadata: TEST_METADATA,
      systemType: "customer_identity_changed",
      body: "User identity changed",
      identity: {
        acknowledged: true,
        createdTimestamp: new Date(1697044706 * 1000),
        hash: "xyzxyz",
      },
    });
  });
});

describe("edits and deletions, from pywa's edited_message.json and deleted_message.json", () => {
  it("EditedMessage: the new content as a Message of the original id; replies point at the original", () => {
    const edit = onlyUpdate(EditedMessage, "edited_message", "image");
    const original = "wamid.HBgLMTQxMjU1NTA4MjkVAgASGBQzQUNCNjk5RDUwNUZGMUZEM0VBRAA=";
    expect(edit).toMatchObject({
      kind: "editedMessage",
      id: "wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQUFERjg0NDEzNDdFODU3MUMxMAA=",
      originalMessageId: original,
      timestamp: new Date(1749854575 * 1000),
      metadata: { phoneNumberId: "106540352242922", displayPhoneNumber: "15550783881" },
    });
    // The contact describes someone else (972987654321): the sender's number stands alone.
    expect(edit.from).toMatchObject({ waId: "16505551234", name: undefined });
    expect(edit.messageIdToReply).toBe(original);
    expect(edit.message).toBeInstanceOf(Message);
    expect(edit.message).toMatchObject({
      id: original,
      type: "image",
      image: {
        id: "1234567890",
        mimeType: "image/jpeg",
        sha256: "a1b2c3d4e5f6...",
        url: "https://media.example.com/updated-image.jpg",
        caption: "Updated image caption",
      },
      replyToMessage: { messageId: "M0", from: undefined, referredProduct: undefined },
    });
  });

  it("DeletedMessage: the id of the message deleted", () => {
    const deletion = onlyUpdate(DeletedMessage, "deleted_message", "revoke");
    expect(fieldsOf(deletion)).toEqual({
      kind: "deletedMessage",
      wabaId: "<WHATSAPP_BUSINESS_ACCOUNT_ID>",
      sharedData: {},
      id: "<WHATSAPP_MESSAGE_ID>",
      from: {
        waId: "<WHATSAPP_USER_PHONE_NUMBER>",
        userId: undefined,
        parentUserId: undefined,
        username: undefined,
        name: undefined,
        identityKeyHash: undefined,
      },
      timestamp: new Date(1697043223 * 1000),
      metadata: {
        phoneNumberId: "<BUSINESS_PHONE_NUMBER_ID>",
        displayPhoneNumber: "<BUSINESS_DISPLAY_PHONE_NUMBER>",
      },
      originalMessageId: "<ORIGINAL_WHATSAPP_MESSAGE_ID>",
    });
  });
});

describe("echoes of the Business app (smb_message_echoes), from pywa's outgoing_message.json", () => {
  it("OutgoingMessage: a Message whose `from` is the user it went to", () => {
    const echo = onlyUpdate(OutgoingMessage, "outgoing_message", "text");
    expect(echo).toBeInstanceOf(Message);
    expect(echo).toMatchObject({
      kind: "outgoingMessage",
      id: "<WHATSAPP_MESSAGE_ID>",
      type: "text",
      text: "Test message",
      timestamp: new Date(1697043223 * 1000),
      metadata: TEST_METADATA,
    });
    expect(echo.from).toEqual(TEST_USER);
  });

  it("OutgoingEditedMessage and OutgoingDeletedMessage", () => {
    const edit = onlyUpdate(OutgoingEditedMessage, "outgoing_message", "edit");
    expect(edit).toMatchObject({
      kind: "outgoingEditedMessage",
      id: "wamid.yyyyyy",
      originalMessageId: "wamid.zzzzzz",
    });
    expect(edit.message).toBeInstanceOf(OutgoingMessage);
    expect(edit.message).toMatchObject({
      id: "wamid.zzzzzz",
      type: "text",
      text: "Text was edited",
    });
    expect(edit.from).toEqual(TEST_USER);
    const deletion = onlyUpdate(OutgoingDeletedMessage, "outgoing_message", "delete");
    expect(deletion).toMatchObject({
      kind: "outgoingDeletedMessage",
      originalMessageId: "wamid.zzzzzz",
    });
  });
});
