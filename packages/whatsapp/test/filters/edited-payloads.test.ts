import {
  CallbackData,
  filters,
  parseWebhook,
  ReEngagementMessage,
  SendMessageError,
  ThrottlingError,
  UserIsInExperimentGroup,
} from "tswa";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { pywaPayload } from "../fixtures/pywa-updates.js";
import { editedExample } from "./examples.js";

const text = (body: string) => editedExample("message", "text", { "messages.0.text.body": body });

describe("text commands", () => {
  it("command() takes a prefix, the name, then the end or a space", () => {
    const start = filters.command("start");
    expect(start(text("/start"))).toBe(true);
    expect(start(text("!start now"))).toBe(true);
    expect(start(text("/starting"))).toBe(false);
    expect(start(text("start"))).toBe(false);
    expect(start(text("/Start"))).toBe(false);
    expect(filters.command("start", { ignoreCase: true })(text("/Start"))).toBe(true);
    expect(filters.command("start", { prefixes: "#" })(text("#start"))).toBe(true);
    expect(filters.command("start", { prefixes: ["#"] })(text("/start"))).toBe(false);
    expect(start(editedExample("callback_button", "button", {}))).toBe(false);
  });

  it("isCommand() passes texts starting with / or !", () => {
    expect(filters.isCommand(text("/help"))).toBe(true);
    expect(filters.isCommand(text("!help"))).toBe(true);
    expect(filters.isCommand(text("help /me"))).toBe(false);
  });

  it("text filters refuse calls without strings", () => {
    expect(() => filters.matches()).toThrow(TypeError);
    expect(() => filters.command()).toThrow("filters.command: give one or more command names");
    expect(() => filters.regex()).toThrow(TypeError);
  });

  it("a RegExp with the g flag gives the same answer every time", () => {
    const filter = filters.regex(/body/gi);
    const update = text("Body Text");
    expect([filter(update), filter(update), filter(update)]).toEqual([true, true, true]);
  });
});

describe("senders", () => {
  const username = editedExample("message", "text", {
    "contacts.0.wa_id": undefined,
    "contacts.0.profile.username": "chandler",
    "messages.0.from": undefined,
    "messages.0.from_user_id": "US.13491208655302741918",
  });

  it("fromUsers() matches a BSUID, a parent BSUID, a username or a wa_id", () => {
    expect(filters.fromUsers("US.13491208655302741918")(text("hi"))).toBe(true);
    expect(filters.fromUsers("US.ENT.11815799212886844830")(text("hi"))).toBe(true);
    expect(filters.fromUsers("972987654321")(text("hi"))).toBe(true);
    expect(filters.fromUsers("+972 98-765-4321")(text("hi"))).toBe(true);
    expect(filters.fromUsers("chandler")(username)).toBe(true);
    expect(filters.fromUsers("16505551234")(text("hi"))).toBe(false);
  });

  it("fromCountries() takes two-letter codes (BSUID) and calling codes (wa_id)", () => {
    expect(filters.fromCountries("us")(text("hi"))).toBe(true);
    expect(filters.fromCountries("+972")(text("hi"))).toBe(true);
    expect(filters.fromCountries(972)(text("hi"))).toBe(true);
    expect(filters.fromCountries("IL", "1")(text("hi"))).toBe(false);
    expect(() => filters.fromCountries("Israel")).toThrow(TypeError);
  });

  it("withoutWaId() passes users who hide their number", () => {
    expect(filters.withoutWaId(username)).toBe(true);
    expect(filters.withoutWaId(text("hi"))).toBe(false);
  });

  it("group and private tell group messages from one-to-one ones", () => {
    const inGroup = editedExample("message", "text", { "messages.0.group_id": "G1" });
    expect([filters.group(inGroup), filters.private(inGroup)]).toEqual([true, false]);
    expect([filters.group(text("hi")), filters.private(text("hi"))]).toEqual([false, true]);
    expect(filters.fromGroups("G1", "G2")(inGroup)).toBe(true);
    expect(filters.fromGroups("G2")(inGroup)).toBe(false);
  });

  it("wabaId() and sentTo() check where the update came to", () => {
    expect(filters.wabaId("1234567890987654321")(text("hi"))).toBe(true);
    expect(filters.wabaId("1")(text("hi"))).toBe(false);
    expect(() => filters.sentTo({})).toThrow(
      "filters.sentTo: give phoneNumberId or displayPhoneNumber",
    );
  });

  it("webhookFields() passes raw updates of the fields", () => {
    const parsed = parseWebhook(pywaPayload("message", "text"));
    const raw = parsed?.updates.find((u) => u.kind === "rawUpdate");
    expect(raw).toBeDefined();
    expect(filters.webhookFields("calls", "messages")(raw)).toBe(true);
    expect(filters.webhookFields("calls")(raw)).toBe(false);
  });
});

describe("messages", () => {
  it("contactInfoShared() passes contacts shared from a contact-info request", () => {
    const shared = editedExample("message", "contacts", {
      "messages.0.contacts.0.origin": "contact_request",
    });
    expect(filters.contactInfoShared(shared)).toBe(true);
    expect(filters.contactInfoShared(editedExample("message", "contacts", {}))).toBe(false);
  });

  it("hasReferredProduct() passes questions about a catalog product", () => {
    const asking = editedExample("message", "reply", {
      "messages.0.context.referred_product": { catalog_id: "C1", product_retailer_id: "SKU1" },
    });
    expect(filters.hasReferredProduct(asking)).toBe(true);
    expect(filters.hasReferredProduct(editedExample("message", "reply", {}))).toBe(false);
  });

  it("locationInRadius() refuses a center that is not one", () => {
    expect(() => filters.locationInRadius({ latitude: 91, longitude: 0, radiusKm: 1 })).toThrow(
      TypeError,
    );
    expect(() =>
      filters.locationInRadius({ latitude: 0, longitude: 0, radiusKm: Number.NaN }),
    ).toThrow(TypeError);
  });
});

describe("statuses and preferences", () => {
  const failedWith = (code: number) =>
    editedExample("message_status", "failed", { "statuses.0.errors.0.code": code });

  it("failedWith() takes the Graph error classes a send call throws", () => {
    expect(filters.failedWith(ReEngagementMessage)(failedWith(131047))).toBe(true);
    expect(filters.failedWith(SendMessageError)(failedWith(131047))).toBe(true);
    expect(filters.failedWith(UserIsInExperimentGroup)(failedWith(130472))).toBe(true);
    expect(filters.failedWith(ThrottlingError)(failedWith(131047))).toBe(false);
    expect(
      filters.failedWith(ReEngagementMessage)(editedExample("message_status", "sent", {})),
    ).toBe(false);
  });

  it("userMarketingPreferencesStop() passes users who stopped marketing", () => {
    const stop = editedExample("user_marketing_preferences", "resume", {
      "user_preferences.0.value": "stop",
    });
    expect(filters.userMarketingPreferencesStop(stop)).toBe(true);
    expect(filters.userMarketingPreferencesResume(stop)).toBe(false);
  });

  it("callbackData() passes buttons, rows and statuses carrying the class's data", () => {
    const Order = CallbackData("order", { id: z.number() });
    const button = editedExample("callback_button", "button", {
      "messages.0.interactive.button_reply.id": new Order({ id: 5 }).toString(),
    });
    const status = editedExample("message_status", "with_tracker", {
      "statuses.0.biz_opaque_callback_data": "order~6",
    });
    expect(filters.callbackData(Order)(button)).toBe(true);
    expect(filters.callbackData(Order)(status)).toBe(true);
    expect(filters.callbackData(Order)(editedExample("callback_button", "button", {}))).toBe(false);
    expect(filters.callbackData(Order)(text("order~5"))).toBe(false);
  });
});
