import { SignupsApi, signupDeepLink, UsernamesApi, UsernameTransferRequired } from "@tswa/core";
import { describe, expect, it } from "vitest";
import { graphErrorBody, PHONE_ID, useGraph, WABA_ID } from "./graph-handlers.js";
import { answer, DEFAULTS, testGraph, wire } from "./management-helpers.js";

const { server, seen } = useGraph();
const usernames = () => new UsernamesApi(testGraph(), DEFAULTS);
const signups = () => new SignupsApi(testGraph(), DEFAULTS);

describe("business usernames", () => {
  it("setUsername POSTs the username with transfer_action none, and returns its status", async () => {
    answer(server, seen, { status: "reserved" });
    expect(await usernames().setUsername("jaspers.market")).toEqual({
      username: "jaspers.market",
      status: "reserved",
    });
    expect(wire(seen)).toEqual([
      [
        "POST",
        `/${PHONE_ID}/username`,
        {},
        { username: "jaspers.market", transfer_action: "none" },
      ],
    ]);
  });

  it("setUsername with forceTransfer asks for force_transfer", async () => {
    answer(server, seen, { status: "approved" });
    await usernames().setUsername("jaspers.market", { forceTransfer: true });
    expect(seen[0]?.body).toEqual({
      username: "jaspers.market",
      transfer_action: "force_transfer",
    });
  });

  it("throws UsernameTransferRequired for 147005", async () => {
    answer(server, seen, graphErrorBody(147005), 400);
    await expect(usernames().setUsername("taken")).rejects.toBeInstanceOf(UsernameTransferRequired);
  });

  it("getCurrentUsername parses the username, and is undefined when there is none", async () => {
    answer(server, seen, { username: "jaspers.market", status: "approved" });
    expect(await usernames().getCurrentUsername()).toEqual({
      username: "jaspers.market",
      status: "approved",
    });
    answer(server, seen, {});
    expect(await usernames().getCurrentUsername()).toBeUndefined();
    expect(wire(seen).map((w) => w.slice(0, 2))).toEqual([
      ["GET", `/${PHONE_ID}/username`],
      ["GET", `/${PHONE_ID}/username`],
    ]);
  });

  it("getReservedUsernames reads the suggestions inside data", async () => {
    answer(server, seen, { data: [{ username_suggestions: ["jasper", "jaspers_market"] }] });
    expect(await usernames().getReservedUsernames()).toEqual(["jasper", "jaspers_market"]);
    expect(wire(seen)).toEqual([["GET", `/${PHONE_ID}/username_suggestions`, {}, undefined]]);
  });

  it("deleteUsername DELETEs /{phone-id}/username", async () => {
    answer(server, seen, { success: true });
    expect(await usernames().deleteUsername()).toBe(true);
    expect(wire(seen)).toEqual([["DELETE", `/${PHONE_ID}/username`, {}, undefined]]);
  });
});

describe("in-app signups", () => {
  it("createSignup POSTs the signup to /{waba}/signups and returns its id", async () => {
    answer(server, seen, { id: "9876543210123456" });
    const created = await signups().createSignup({
      signupMessage: "Get our weekly deals",
      confirmationMessage: "Welcome! Code: {{promo_code}}",
      promoCode: "WELCOME10",
      privacyPolicyUrl: "https://example.com/privacy",
      policy: { tos: "https://example.com/tos", accepted: true },
    });
    expect(created).toEqual({ id: "9876543210123456" });
    expect(wire(seen)).toEqual([
      [
        "POST",
        `/${WABA_ID}/signups`,
        {},
        {
          signup_message: "Get our weekly deals",
          confirmation_message: "Welcome! Code: {{promo_code}}",
          privacy_policy_url: "https://example.com/privacy",
          promo_code: "WELCOME10",
          policy: { tos: "https://example.com/tos", accepted: true },
        },
      ],
    ]);
    expect(signupDeepLink("+1 555 123 4567", created.id)).toBe(
      "https://wa.me/15551234567/signup/9876543210123456",
    );
  });

  it("getSignup and getSignups parse the signup fields", async () => {
    const raw = {
      id: "1",
      waba_id: WABA_ID,
      status: "ACTIVE",
      signup_message: "m",
      confirmation_message: "c",
      privacy_policy_url: "https://example.com/privacy",
    };
    answer(server, seen, raw);
    const one = await signups().getSignup("1");
    expect(one).toMatchObject({ id: "1", businessAccountId: WABA_ID, status: "ACTIVE" });
    answer(server, seen, { data: [raw] });
    expect((await signups().getSignups()).data).toEqual([one]);
    expect(wire(seen).map((w) => w.slice(0, 2))).toEqual([
      ["GET", "/signups/1"],
      ["GET", `/${WABA_ID}/signups`],
    ]);
  });

  it("updateSignup POSTs only the fields given", async () => {
    answer(server, seen, { id: "1" });
    expect(await signups().updateSignup("1", { status: "DISABLED" })).toBe(true);
    expect(wire(seen)).toEqual([["POST", "/signups/1", {}, { status: "DISABLED" }]]);
  });

  it("refuses bad fields before any call", async () => {
    const base = {
      signupMessage: "m",
      confirmationMessage: "c",
      privacyPolicyUrl: "https://example.com/p",
    };
    await expect(signups().createSignup({ ...base, promoCode: "TEN %" })).rejects.toThrow(
      /promoCode/,
    );
    await expect(signups().createSignup({ ...base, websiteUrl: "http://x.com" })).rejects.toThrow(
      /https/,
    );
    await expect(signups().updateSignup("1", {})).rejects.toThrow(/at least one field/);
    expect(seen).toEqual([]);
  });
});
