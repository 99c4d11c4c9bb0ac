import {
  AccountLocked,
  ApiMethodError,
  ApiPermissionError,
  AuthException,
  AuthorizationError,
  createGraphApiError,
  ExpiredAccessToken,
  FlowBlocked,
  FlowBlockedByIntegrity,
  FlowDeletingError,
  FlowDeprecatingError,
  FlowError,
  FlowMetricsThresholdNotReached,
  FlowPublishingError,
  FlowThrottled,
  FlowUpdatingError,
  GraphApiError,
  IntegrityError,
  InvalidParameter,
  MessageUndeliverable,
  MissingRequiredParameter,
  PermissionDenied,
  RateLimitHit,
  RateLimitIssues,
  RecipientNotInAllowedList,
  ReEngagementMessage,
  readGraphErrorBody,
  SendMessageError,
  SpamRateLimitHit,
  TemplateNotExists,
  TemporarilyBlocked,
  ThrottlingError,
  TooManyApiCalls,
  TooManyMessages,
  WhatsAppError,
} from "@tswa/core";
import { describe, expect, it } from "vitest";
import { graphErrorBody } from "./graph-handlers.js";

const make = (code: number, extra: Record<string, unknown> = {}) => {
  const body = graphErrorBody(code, extra);
  return createGraphApiError({
    status: 400,
    error: body.error,
    rawBody: JSON.stringify(body),
    request: "POST /123/publish",
  });
};

describe("createGraphApiError", () => {
  it.each([
    [0, AuthException, AuthorizationError],
    [3, ApiMethodError, AuthorizationError],
    [10, PermissionDenied, AuthorizationError],
    [190, ExpiredAccessToken, AuthorizationError],
    [200, ApiPermissionError, AuthorizationError],
    [299, ApiPermissionError, AuthorizationError],
    [4, TooManyApiCalls, ThrottlingError],
    [80007, RateLimitIssues, ThrottlingError],
    [130429, RateLimitHit, ThrottlingError],
    [131048, SpamRateLimitHit, ThrottlingError],
    [131056, TooManyMessages, ThrottlingError],
    [368, TemporarilyBlocked, IntegrityError],
    [131031, AccountLocked, IntegrityError],
    [131008, MissingRequiredParameter, SendMessageError],
    [131009, InvalidParameter, SendMessageError],
    [131026, MessageUndeliverable, SendMessageError],
    [131030, RecipientNotInAllowedList, SendMessageError],
    [131047, ReEngagementMessage, SendMessageError],
    [132001, TemplateNotExists, SendMessageError],
    [132068, FlowBlocked, SendMessageError],
    [132069, FlowThrottled, SendMessageError],
    [139000, FlowBlockedByIntegrity, FlowError],
    [139001, FlowUpdatingError, FlowError],
    [139002, FlowPublishingError, FlowError],
    [139003, FlowDeprecatingError, FlowError],
    [139004, FlowDeletingError, FlowError],
    [139006, FlowMetricsThresholdNotReached, FlowError],
  ])("makes code %i a %o in its family", (code, Class, Family) => {
    const error = make(code);
    expect(error).toBeInstanceOf(Class);
    expect(error).toBeInstanceOf(Family);
    expect(error).toBeInstanceOf(GraphApiError);
    expect(error).toBeInstanceOf(WhatsAppError);
    expect(error.name).toBe(Class.name);
    expect(error.code).toBe(code);
  });

  it("falls back to the family of the code range, then to GraphApiError", () => {
    expect(make(139005).constructor).toBe(FlowError);
    expect(make(131999).constructor).toBe(SendMessageError);
    expect(make(100).constructor).toBe(GraphApiError);
  });

  it("carries every field of the Graph error body", () => {
    const error = make(139002, { is_transient: true });
    expect({
      code: error.code,
      subcode: error.subcode,
      type: error.type,
      graphMessage: error.graphMessage,
      userTitle: error.userTitle,
      userMessage: error.userMessage,
      details: error.details,
      fbtraceId: error.fbtraceId,
      isTransient: error.isTransient,
      status: error.status,
      request: error.request,
    }).toEqual({
      code: 139002,
      subcode: 2494068,
      type: "OAuthException",
      graphMessage: "(#139002) Publishing Flow in invalid state",
      userTitle: "Flow can't be published",
      userMessage: "Fix the validation errors first.",
      details: "The flow has validation errors.",
      fbtraceId: "AbCdEfGhIjKlMn",
      isTransient: true,
      status: 400,
      request: "POST /123/publish",
    });
    expect(JSON.parse(error.rawBody)).toEqual(graphErrorBody(139002, { is_transient: true }));
    expect(error.message).toBe(
      "POST /123/publish failed with Graph error 139002/2494068: (#139002) Publishing Flow in invalid state (The flow has validation errors.)",
    );
  });

  it("reads error_data given as a plain string, and a body with only a message", () => {
    expect(make(100, { error_data: "Param name is not unique" }).details).toBe(
      "Param name is not unique",
    );
    const bare = createGraphApiError({
      status: 500,
      error: { message: "An unknown error occurred" },
      rawBody: "",
      request: "GET /1",
    });
    expect([bare.code, bare.subcode, bare.isTransient, bare.message]).toEqual([
      0,
      undefined,
      false,
      "GET /1 failed with Graph error 0: An unknown error occurred",
    ]);
  });
});

describe("readGraphErrorBody", () => {
  it("reads codes Graph sent as digit strings", () => {
    const body = readGraphErrorBody(
      JSON.stringify({ error: { message: "m", code: "100", error_subcode: "33" } }),
    );
    expect(body).toMatchObject({ code: 100, error_subcode: 33 });
  });

  it("returns undefined for bodies that are not Graph's error shape", () => {
    expect(readGraphErrorBody("<html>502 Bad Gateway</html>")).toBeUndefined();
    expect(readGraphErrorBody('{"error":"nope"}')).toBeUndefined();
    expect(readGraphErrorBody("")).toBeUndefined();
  });
});
