import {
  AccessDenied,
  AccountInMaintenanceMode,
  AccountRestrictedFromCountry,
  BSUIDRecipientNotSupported,
  BusinessPaymentIssue,
  FlowBlocked,
  FlowThrottled,
  GenericError,
  type GraphApiError,
  IncorrectCertificate,
  IntegrityError,
  InvalidParameter,
  MarketingTemplatesDisabledForCloudAPI,
  MediaDownloadError,
  MediaUploadError,
  MessageFailedToReachMessagingLimit,
  MessageUndeliverable,
  MessageUndeliverableDueToHealthyEcosystemEngagement,
  MissingRequiredParameter,
  PhoneNumberDisplayNameNotApproved,
  RateLimitHit,
  RateLimitIssues,
  RecipientCannotBeSender,
  RecipientIdentityKeyMismatch,
  RecipientNotInAllowedList,
  ReEngagementMessage,
  SendMessageError,
  ServiceUnavailable,
  SpamRateLimitHit,
  TemplateContentPolicyViolation,
  TemplateDisabled,
  TemplateNotExists,
  TemplateParamCountMismatch,
  TemplateParamFormatMismatch,
  TemplateParamValueInvalid,
  TemplatePaused,
  TemplateTextTooLong,
  ThrottlingError,
  TooManyMessages,
  UnknownError,
  UnsupportedMessageType,
  UserIsInExperimentGroup,
  UserStoppedMarketingMessages,
} from "@tswa/core";
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import { answerEverything, GRAPH, messagesApi, sentBody, useGraph } from "./graph-handlers.js";

const { server, seen } = useGraph();

type ErrorClass = abstract new (...args: never[]) => GraphApiError;

/** [code, class, family] as pywa's errors.py and Meta's error-code reference list them. */
const codes: [number, ErrorClass, ErrorClass][] = [
  [130472, UserIsInExperimentGroup, SendMessageError],
  [131000, UnknownError, SendMessageError],
  [131005, AccessDenied, SendMessageError],
  [131008, MissingRequiredParameter, SendMessageError],
  [131009, InvalidParameter, SendMessageError],
  [131016, ServiceUnavailable, SendMessageError],
  [131021, RecipientCannotBeSender, SendMessageError],
  [131026, MessageUndeliverable, SendMessageError],
  [131030, RecipientNotInAllowedList, SendMessageError],
  [131037, PhoneNumberDisplayNameNotApproved, SendMessageError],
  [131042, BusinessPaymentIssue, SendMessageError],
  [131044, BusinessPaymentIssue, SendMessageError],
  [131045, IncorrectCertificate, SendMessageError],
  [131047, ReEngagementMessage, SendMessageError],
  [131049, MessageUndeliverableDueToHealthyEcosystemEngagement, SendMessageError],
  [131050, UserStoppedMarketingMessages, SendMessageError],
  [131051, UnsupportedMessageType, SendMessageError],
  [131052, MediaDownloadError, SendMessageError],
  [131053, MediaUploadError, SendMessageError],
  [131057, AccountInMaintenanceMode, SendMessageError],
  [131062, BSUIDRecipientNotSupported, SendMessageError],
  [131063, MarketingTemplatesDisabledForCloudAPI, SendMessageError],
  [132000, TemplateParamCountMismatch, SendMessageError],
  [132001, TemplateNotExists, SendMessageError],
  [132005, TemplateTextTooLong, SendMessageError],
  [132007, TemplateContentPolicyViolation, SendMessageError],
  [132008, TemplateParamValueInvalid, SendMessageError],
  [132012, TemplateParamFormatMismatch, SendMessageError],
  [132015, TemplatePaused, SendMessageError],
  [132016, TemplateDisabled, SendMessageError],
  [132068, FlowBlocked, SendMessageError],
  [132069, FlowThrottled, SendMessageError],
  [135000, GenericError, SendMessageError],
  [137000, RecipientIdentityKeyMismatch, SendMessageError],
  [130429, RateLimitHit, ThrottlingError],
  [131048, SpamRateLimitHit, ThrottlingError],
  [131056, TooManyMessages, ThrottlingError],
  [131064, MessageFailedToReachMessagingLimit, ThrottlingError],
  [80007, RateLimitIssues, ThrottlingError],
  [130497, AccountRestrictedFromCountry, IntegrityError],
];

/** A messages error body as Graph sends it. */
const errorBody = (code: number, extra: Record<string, unknown> = {}) => ({
  error: {
    message: `(#${code}) Re-engagement message`,
    type: "OAuthException",
    code,
    error_data: {
      messaging_product: "whatsapp",
      details: "Message failed to send because more than 24 hours have passed.",
    },
    fbtrace_id: "Az8or2yhqkZfEZ-_4Qn_Bam",
    ...extra,
  },
});

describe("Graph errors of the messages endpoint", () => {
  it.each(codes)("code %i is a %o", async (code, Class, Family) => {
    server.use(answerEverything(seen, 400, errorBody(code)));
    const error = await messagesApi()
      .sendMessage({ to: "16505551234", text: "Your code is 123456" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Class);
    expect(error).toBeInstanceOf(Family);
    expect(error).toMatchObject({
      name: (Class as unknown as { name: string }).name,
      code,
      status: 400,
      details: "Message failed to send because more than 24 hours have passed.",
      fbtraceId: "Az8or2yhqkZfEZ-_4Qn_Bam",
      isTransient: false,
    });
    expect((error as Error).message).not.toContain("123456");
  });

  it("gives send errors a title, from error_user_title or Graph's message", async () => {
    server.use(answerEverything(seen, 400, errorBody(131047)));
    const plain = await messagesApi()
      .sendMessage({ to: "1", text: "x" })
      .catch((e: unknown) => e);
    expect(plain).toMatchObject({ title: "Re-engagement message" });
    server.use(
      answerEverything(seen, 400, errorBody(131026, { error_user_title: "Message Undeliverable" })),
    );
    const titled = await messagesApi()
      .sendMessage({ to: "1", text: "x" })
      .catch((e: unknown) => e);
    expect(titled).toMatchObject({ title: "Message Undeliverable" });
  });

  it("falls back to SendMessageError for a messages code tswa does not name", async () => {
    server.use(answerEverything(seen, 400, errorBody(131999)));
    const error = await messagesApi()
      .sendMessage({ to: "1", text: "x" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SendMessageError);
    expect(Object.getPrototypeOf(error)).toBe(SendMessageError.prototype);
  });

  it("never repeats a send Graph may have taken, even on a 500", async () => {
    server.use(answerEverything(seen, 500, errorBody(131000)));
    const api = messagesApi({ retry: { maxRetries: 2, initialDelay: 1 } });
    await expect(api.sendMessage({ to: "1", text: "x" })).rejects.toBeInstanceOf(UnknownError);
    expect(seen).toHaveLength(1);
  });

  it("repeats a send when Graph marks the error transient, and then succeeds", async () => {
    let calls = 0;
    server.use(
      http.post(`${GRAPH}/:phone/messages`, () => {
        calls++;
        return calls === 1
          ? HttpResponse.json(errorBody(131016, { is_transient: true }), { status: 503 })
          : HttpResponse.json(sentBody());
      }),
    );
    const api = messagesApi({ retry: { maxRetries: 2, initialDelay: 1 } });
    const sent = await api.sendMessage({ to: "16505551234", text: "x" });
    expect(calls).toBe(2);
    expect(sent.id).toBe(sentBody().messages[0]?.id);
  });

  it("marks the error transient when Graph says so", async () => {
    server.use(answerEverything(seen, 503, errorBody(131016, { is_transient: true })));
    const error = await messagesApi()
      .sendMessage({ to: "1", text: "x" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceUnavailable);
    expect(error).toMatchObject({ isTransient: true });
  });
});
