import { GroupMessageStatuses, MessageStatus } from "tswa";
import { describe, expect, it } from "vitest";
import { fieldsOf, onlyUpdate, TEST_METADATA, TEST_USER } from "../fixtures/pywa-updates.js";

const status = (name: string) => onlyUpdate(MessageStatus, "message_status", name);
const conversation = (expiration?: number) => ({
  id: "7270432eae37498234f4444b35ffc5",
  origin: "service",
  expiration: expiration === undefined ? undefined : new Date(expiration * 1000),
});
const pricing = { billable: true, model: "CBP", type: undefined, category: "service" };

describe("MessageStatus, from pywa's message_status.json", () => {
  it("sent: conversation with its expiration, pricing, and the recipient as a User", () => {
    expect(fieldsOf(status("sent"))).toEqual({
      kind: "messageStatus",
      wabaId: "5467539754836534",
      sharedData: {},
      id: "wamid.xyzxyz",
      from: TEST_USER,
      timestamp: new Date(1698266945 * 1000),
      metadata: TEST_METADATA,
      status: "sent",
      recipientId: "972987654321",
      conversation: conversation(1698339900),
      pricing,
      errors: [],
      tracker: undefined,
    });
  });

  it("delivered, read and played", () => {
    for (const name of ["delivered", "read", "played"]) {
      expect(status(name)).toMatchObject({ status: name, conversation: conversation(), pricing });
    }
  });

  it("failed: the error with its details and link", () => {
    expect(status("failed")).toMatchObject({
      status: "failed",
      conversation: undefined,
      pricing: undefined,
      errors: [
        {
          code: 130472,
          title: "User's number is part of an experiment",
          message: "User's number is part of an experiment",
          details:
            "Failed to send message because this user's phone number is part of an experiment",
          href: "https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/",
        },
      ],
    });
  });

  it("the tracker sent with the message", () => {
    expect(status("with_tracker").tracker).toBe("some data");
  });
});

describe("GroupMessageStatuses, from pywa's message_status.json", () => {
  it("gathers a group's statuses, each from its participant", () => {
    const group = onlyUpdate(GroupMessageStatuses, "message_status", "group");
    expect(group.groupId).toBe("fowefinoewcnw");
    expect(group.timestamp).toEqual(new Date(1698266945 * 1000));
    expect(group.metadata).toEqual({
      phoneNumberId: "<BUSINESS_PHONE_NUMBER_ID>",
      displayPhoneNumber: "<BUSINESS_DISPLAY_PHONE_NUMBER>",
    });
    expect(group.statuses).toHaveLength(1);
    const [read] = group.statuses;
    expect(read).toBeInstanceOf(MessageStatus);
    expect(read).toMatchObject({
      id: "<WHATSAPP_MESSAGE_ID>",
      status: "read",
      recipientId: "fowefinoewcnw",
    });
    expect(read?.from).toEqual({
      waId: "<GROUP_PARTICIPANT_USER_PHONE_NUMBER>",
      userId: "US.123456",
      parentUserId: "<PARENT_BSUID>",
      username: "<USERNAME>",
      name: "<USER_DISPLAY_NAME>",
      identityKeyHash: undefined,
    });
  });
});
