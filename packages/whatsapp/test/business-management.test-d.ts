import {
  type BlockUsersResult,
  type BusinessAccount,
  type BusinessPhoneNumber,
  type BusinessProfile,
  type BusinessVerificationStatus,
  type GraphPagePromise,
  Industry,
  type QRCode,
  type StorageStatus,
  type UsernameStatus,
  type WhatsApp,
} from "tswa";
import { describe, expectTypeOf, it } from "vitest";

declare const wa: WhatsApp;

describe("business-management types", () => {
  it("keeps enum values Graph may add as strings, and the known ones as literals", () => {
    expectTypeOf(Industry.RETAIL).toEqualTypeOf<"RETAIL">();
    expectTypeOf<"SPACE_TRAVEL">().toExtend<Industry>();
    expectTypeOf<"under_appeal">().toExtend<BusinessVerificationStatus>();
    expectTypeOf<"ARCHIVED">().toExtend<StorageStatus>();
  });

  it("types what the facade's calls return", () => {
    expectTypeOf(wa.getBusinessAccount).returns.toEqualTypeOf<Promise<BusinessAccount>>();
    expectTypeOf(wa.getBusinessPhoneNumbers).returns.toEqualTypeOf<
      GraphPagePromise<BusinessPhoneNumber>
    >();
    expectTypeOf(wa.getBusinessProfile).returns.toEqualTypeOf<Promise<BusinessProfile>>();
    expectTypeOf(wa.getQrCode).returns.toEqualTypeOf<Promise<QRCode | undefined>>();
    expectTypeOf(wa.getCurrentUsername).returns.toEqualTypeOf<
      Promise<UsernameStatus | undefined>
    >();
    expectTypeOf(wa.blockUsers).returns.toEqualTypeOf<Promise<BlockUsersResult>>();
    expectTypeOf(wa.registerPhoneNumber).returns.toEqualTypeOf<Promise<boolean>>();
  });

  it("takes a picture handle, null to clear, or a picture file to upload", () => {
    expectTypeOf(wa.updateBusinessProfile).toBeCallableWith({ profilePictureHandle: "4::aW1h" });
    expectTypeOf(wa.updateBusinessProfile).toBeCallableWith({ email: null });
    expectTypeOf(wa.updateBusinessProfile).toBeCallableWith({ profilePicture: "./logo.png" });
    expectTypeOf(wa.updateBusinessProfile).toBeCallableWith({
      profilePicture: new Uint8Array(),
      profilePictureInfo: { mimeType: "image/png" },
    });
  });

  it("lets listen register a callback URL in a scope", () => {
    expectTypeOf(wa.listen).toBeCallableWith({
      port: 8080,
      callbackUrl: "https://bot.example.com",
      callbackUrlScope: "PHONE",
    });
    // @ts-expect-error: the scopes are APP, WABA and PHONE
    wa.listen({ callbackUrl: "https://bot.example.com", callbackUrlScope: "GLOBAL" });
  });
});
