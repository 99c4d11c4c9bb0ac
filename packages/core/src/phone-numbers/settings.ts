import { z } from "zod";

/** Where message data of a phone number is stored at rest. */
export const StorageStatus = {
  /** Meta's default storage. */
  DEFAULT: "DEFAULT",
  /** Stored at rest in `dataLocalizationRegion` (local storage). */
  IN_COUNTRY_STORAGE_ENABLED: "IN_COUNTRY_STORAGE_ENABLED",
  /** Not stored past `retentionMinutes`. */
  NO_STORAGE_ENABLED: "NO_STORAGE_ENABLED",
} as const;

/** A {@link StorageStatus} value, or another string Graph may send. */
export type StorageStatus = (typeof StorageStatus)[keyof typeof StorageStatus] | (string & {});

/** The storage configuration of a phone number (local storage, or no storage). */
export interface StorageConfiguration {
  /** The storage status. */
  status: StorageStatus;
  /** The 2-letter ISO 3166 country of storage, with `IN_COUNTRY_STORAGE_ENABLED`. */
  dataLocalizationRegion?: string | undefined;
  /** How long message data is kept, in minutes, with `NO_STORAGE_ENABLED`. */
  retentionMinutes?: number | undefined;
}

/** Whether messages wait for a check when a user's identity key changes. */
export interface UserIdentityChangeSettings {
  /** Hold a message until the user's identity is checked again after a change. */
  enableIdentityKeyCheck: boolean;
}

/** The settings of a business phone number. */
export interface BusinessPhoneNumberSettings {
  /** The calling settings, as Graph's `calling` object (status, hours, icons, SIP…). */
  calling: Record<string, unknown> | undefined;
  /** Where message data is stored. */
  storageConfiguration: StorageConfiguration | undefined;
  /** Whether messages wait for a check when a user's identity key changes. */
  userIdentityChange: UserIdentityChangeSettings | undefined;
}

/** Options of `updateBusinessPhoneNumberSettings`: at least one setting. */
export interface PhoneNumberSettingsInput {
  /** The calling settings, as Graph's `calling` object (`{ status: "ENABLED", … }`). */
  calling?: Record<string, unknown> | undefined;
  /** Where message data is stored. */
  storageConfiguration?: StorageConfiguration | undefined;
  /** Hold messages for a check when a user's identity key changes. */
  userIdentityChange?: UserIdentityChangeSettings | undefined;
}

export const settingsSchema = z.looseObject({
  calling: z.record(z.string(), z.unknown()).optional(),
  storage_configuration: z
    .looseObject({
      status: z.string(),
      data_localization_region: z.string().optional(),
      retention_minutes: z.number().optional(),
    })
    .optional(),
  user_identity_change: z.looseObject({ enable_identity_key_check: z.boolean() }).optional(),
});

/** Turns checked settings into {@link BusinessPhoneNumberSettings}. */
export function toSettings(raw: z.output<typeof settingsSchema>): BusinessPhoneNumberSettings {
  const storage = raw.storage_configuration;
  return {
    calling: raw.calling,
    storageConfiguration: storage && {
      status: storage.status,
      dataLocalizationRegion: storage.data_localization_region,
      retentionMinutes: storage.retention_minutes,
    },
    userIdentityChange: raw.user_identity_change && {
      enableIdentityKeyCheck: raw.user_identity_change.enable_identity_key_check,
    },
  };
}

/** The JSON body of a settings update; throws when it would change nothing. */
export function settingsBody(input: PhoneNumberSettingsInput, method: string) {
  const { calling, storageConfiguration: storage, userIdentityChange: identity } = input;
  if (calling === undefined && storage === undefined && identity === undefined) {
    throw new TypeError(`${method}: give calling, storageConfiguration or userIdentityChange`);
  }
  return {
    calling,
    storage_configuration: storage && {
      status: storage.status,
      data_localization_region: storage.dataLocalizationRegion,
      retention_minutes: storage.retentionMinutes,
    },
    user_identity_change: identity && {
      enable_identity_key_check: identity.enableIdentityKeyCheck,
    },
  };
}
