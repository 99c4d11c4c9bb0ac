import { BlockListLimitReached, UsersApi } from "@tswa/core";
import { describe, expect, it } from "vitest";
import {
  blockedBody,
  blockedListBody,
  partialBlockBody,
  unblockedBody,
} from "./fixtures/meta-management-examples.js";
import { graphErrorBody, PHONE_ID, useGraph } from "./graph-handlers.js";
import { answer, DEFAULTS, testGraph, wire } from "./management-helpers.js";

const { server, seen } = useGraph();
const users = () => new UsersApi(testGraph(), DEFAULTS);

describe("blockUsers", () => {
  it("POSTs phone numbers as user and user ids as user_id, and parses the added users", async () => {
    answer(server, seen, blockedBody);
    const result = await users().blockUsers([
      "+16505551234",
      { userId: "US.13491208655302741918" },
    ]);
    expect(wire(seen)).toEqual([
      [
        "POST",
        `/${PHONE_ID}/block_users`,
        {},
        {
          messaging_product: "whatsapp",
          block_users: [{ user: "+16505551234" }, { user_id: "US.13491208655302741918" }],
        },
      ],
    ]);
    expect(result).toEqual({
      addedUsers: [{ input: "+16505551234", waId: "16505551234", userId: undefined }],
      failedUsers: [],
    });
  });

  it("reports a partial failure (error 139100) user by user instead of throwing", async () => {
    answer(server, seen, partialBlockBody, 400);
    const result = await users().blockUsers(["+16505551234", "+16505550000"]);
    expect(result.addedUsers.map((u) => u.waId)).toEqual(["16505551234"]);
    expect(result.failedUsers).toEqual([
      {
        input: "+16505550000",
        waId: undefined,
        errors: [
          {
            code: 139100,
            message: "Failed to block/unblock users",
            details: "User can only be blocked if they have messaged in the last 24 hours",
          },
        ],
      },
    ]);
  });

  it("throws the typed error when the whole request failed", async () => {
    answer(server, seen, graphErrorBody(139101), 400);
    await expect(users().blockUsers(["+16505551234"])).rejects.toBeInstanceOf(
      BlockListLimitReached,
    );
  });

  it("refuses an empty list, more than 1,000 users and a bad entry before any call", async () => {
    await expect(users().blockUsers([])).rejects.toThrow(/1 to 1000/);
    await expect(users().blockUsers(Array(1001).fill("1"))).rejects.toThrow(/1 to 1000/);
    await expect(users().blockUsers([{ userId: "" }])).rejects.toThrow(/users\[0\]/);
    expect(seen).toEqual([]);
  });
});

describe("unblockUsers and getBlockedUsers", () => {
  it("DELETEs /{phone-id}/block_users and parses the removed users", async () => {
    answer(server, seen, unblockedBody);
    const result = await users().unblockUsers(["+16505551234"]);
    expect(wire(seen)).toEqual([
      [
        "DELETE",
        `/${PHONE_ID}/block_users`,
        {},
        { messaging_product: "whatsapp", block_users: [{ user: "+16505551234" }] },
      ],
    ]);
    expect(result.removedUsers).toEqual([
      { input: "+16505551234", waId: "16505551234", userId: undefined },
    ]);
  });

  it("lists the blocked users page by page", async () => {
    answer(server, seen, blockedListBody);
    const page = await users().getBlockedUsers({ limit: 10 });
    expect(page.data).toEqual([{ input: "16505551234", waId: "16505551234", userId: undefined }]);
    expect(wire(seen)).toEqual([["GET", `/${PHONE_ID}/block_users`, { limit: "10" }, undefined]]);
  });
});
