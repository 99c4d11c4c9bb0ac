import { defineField } from "../builder.js";
import type { Extensible } from "../codec.js";
import type { VisibleOption } from "../component.js";
import type {
  DynamicBoolean,
  DynamicEnum,
  DynamicList,
  DynamicNumber,
  DynamicString,
} from "../dynamic.js";
import type { PhotoSource } from "../enums.js";

/** Options shared by {@link PhotoPicker} and {@link DocumentPicker}. */
export interface MediaPickerOptions<N extends string> extends Extensible, VisibleOption {
  /**
   * The input's name. Its value may only be sent as a top-level key of a `data_exchange` or
   * `complete` payload, never in a `navigate` payload.
   */
  readonly name: N;
  /** The label; 30 characters. */
  readonly label: DynamicString;
  /** A description; 300 characters. */
  readonly description?: DynamicString | undefined;
  /** The largest file in KiB, 1 to 25600 (the default, 25 MiB). */
  readonly maxFileSizeKb?: DynamicNumber | undefined;
  /** Whether the picker can be used. Default `true`. */
  readonly enabled?: DynamicBoolean | undefined;
  /** An error: a string, or `{ media_id: message }` per file. */
  readonly errorMessage?: DynamicString | Readonly<Record<string, string>> | undefined;
}

/** Options of {@link PhotoPicker}. */
export interface PhotoPickerOptions<N extends string> extends MediaPickerOptions<N> {
  /** `camera_gallery` (default), `camera` or `gallery`. */
  readonly photoSource?: DynamicEnum<PhotoSource> | undefined;
  /** 0 (the default: optional) to 30. */
  readonly minUploadedPhotos?: DynamicNumber | undefined;
  /** 1 to 30 (the default). */
  readonly maxUploadedPhotos?: DynamicNumber | undefined;
}

/** Options of {@link DocumentPicker}. */
export interface DocumentPickerOptions<N extends string> extends MediaPickerOptions<N> {
  /** 0 (the default: optional) to 30. */
  readonly minUploadedDocuments?: DynamicNumber | undefined;
  /** 1 to 30 (the default). */
  readonly maxUploadedDocuments?: DynamicNumber | undefined;
  /** The MIME types that can be picked (spec 2 lists them); default: all of them. */
  readonly allowedMimeTypes?: DynamicList<string> | undefined;
}

/**
 * Photos from the camera or the gallery (Flow JSON 4.0+; one picker per screen, not with a
 * DocumentPicker). The endpoint receives them encrypted: see `FlowRequest.decryptMedia`.
 *
 * @example
 * ```ts
 * import { PhotoPicker } from "@tswa/flows/json";
 *
 * new PhotoPicker({ name: "damage", label: "Photos of the damage", maxUploadedPhotos: 5 });
 * ```
 */
export class PhotoPicker<const N extends string = string> extends defineField("PhotoPicker", {
  name: "name",
  label: "label",
  description: "description",
  photoSource: "photo-source",
  maxFileSizeKb: "max-file-size-kb",
  minUploadedPhotos: "min-uploaded-photos",
  maxUploadedPhotos: "max-uploaded-photos",
  enabled: "enabled",
  visible: "visible",
  errorMessage: "error-message",
} as const)<PhotoPickerOptions<N>> {}

/**
 * Files from the device (Flow JSON 4.0+; one picker per screen, not with a PhotoPicker).
 *
 * @example
 * ```ts
 * import { DocumentPicker } from "@tswa/flows/json";
 *
 * new DocumentPicker({ name: "invoice", label: "Invoice", allowedMimeTypes: ["application/pdf"] });
 * ```
 */
export class DocumentPicker<const N extends string = string> extends defineField("DocumentPicker", {
  name: "name",
  label: "label",
  description: "description",
  maxFileSizeKb: "max-file-size-kb",
  minUploadedDocuments: "min-uploaded-documents",
  maxUploadedDocuments: "max-uploaded-documents",
  allowedMimeTypes: "allowed-mime-types",
  enabled: "enabled",
  visible: "visible",
  errorMessage: "error-message",
} as const)<DocumentPickerOptions<N>> {}
