import type { UploadableMedia } from "../media/upload-source.js";
import { mediaObject, type SendableMedia, sortSendableMedia } from "../messages/media.js";
import type { UploadFile } from "../uploads/upload-file.js";
import { asTemplateCheck, checkOptionalTemplateText } from "./checks.js";
import { type ExpectedParams, type ParameterizedComponent, TemplateParams } from "./component.js";
import { TemplateValidationError } from "./validation-error.js";

/** The media formats of a template header. */
type MediaFormat = "IMAGE" | "VIDEO" | "GIF" | "DOCUMENT";
/** The media header builders. */
export type MediaKind = "HeaderImage" | "HeaderVideo" | "HeaderGIF" | "HeaderDocument";

/** A header's media at send time, as Graph expects it: an uploaded media's id or a link. */
export interface HeaderMediaObject {
  /** The uploaded media's id. */
  readonly id?: string;
  /** The http(s) link WhatsApp fetches. */
  readonly link?: string;
}

/** The media an upload gave (a `Media`): its id and the name it was uploaded under. */
export interface UploadedHeaderMedia {
  /** The media id. */
  readonly id: string;
  /** The file name it was uploaded under. */
  readonly filename?: string | undefined;
}

/** Options of a media header. */
export interface MediaHeaderOptions {
  /**
   * The sample media reviewers see: a handle from the Resumable Upload API (`4::aW…`), or a file
   * (a path, bytes, a Blob, a stream) that `createTemplate` uploads first.
   */
  example: UploadFile;
  /** The file's MIME type when it cannot be told from a path's extension or a Blob. */
  mimeType?: string | undefined;
}

// Handles of the Resumable Upload API start with a number and `::` (`4::aW1hZ2U…`).
const HANDLE = /^\d+::/;

/** What the image, video, GIF and document headers share. */
abstract class MediaHeader implements ParameterizedComponent {
  abstract readonly kind: MediaKind;
  protected abstract readonly format: MediaFormat;
  /** The example as given: a handle or a file to upload. */
  readonly example: UploadFile;
  /** The example's MIME type, if given. */
  readonly mimeType: string | undefined;

  constructor(options: MediaHeaderOptions) {
    if (options === undefined || options.example === undefined || options.example === "") {
      throw new TemplateValidationError(
        new.target.name,
        "example",
        "is required: a handle or a file to upload",
      );
    }
    this.example = options.example;
    this.mimeType = options.mimeType;
  }

  /** The uploaded example's handle, once there is one. */
  get handle(): string | undefined {
    return typeof this.example === "string" && HANDLE.test(this.example) ? this.example : undefined;
  }

  /** The same header with an uploaded example's handle (used by `createTemplate`). */
  withHandle(handle: string): this {
    const Header = this.constructor as new (options: MediaHeaderOptions) => this;
    return new Header({ example: handle, mimeType: this.mimeType });
  }

  /** A media header always takes its media at send time. */
  expectedParams(): ExpectedParams {
    return { kind: this.kind, required: true };
  }

  /** The component as Graph expects it. @throws {@link TemplateValidationError} before upload. */
  toJSON(): Record<string, unknown> {
    const handle = this.handle;
    if (handle === undefined) {
      throw new TemplateValidationError(
        this.kind,
        "example",
        "is a file that is not uploaded yet: createTemplate uploads it (give it `appId`)",
      );
    }
    return { type: "HEADER", format: this.format, example: { header_handle: [handle] } };
  }
}

/** The parameter type of each media header, also its option's name in `params`. */
const TYPES: Record<MediaKind, string> = {
  HeaderImage: "image",
  HeaderVideo: "video",
  HeaderGIF: "gif",
  HeaderDocument: "document",
};

/**
 * The media of a media header at send time: an uploaded media's id, an http(s) link, or a file
 * that `sendTemplate` uploads to the sending number before it sends the template.
 */
export class MediaHeaderParams extends TemplateParams {
  /** The header these parameters fill. */
  readonly component: MediaKind;
  /** The media as Graph expects it; `undefined` while {@link MediaHeaderParams.file} waits for its upload. */
  readonly media: HeaderMediaObject | undefined;
  /** The file `sendTemplate` uploads first (a path, bytes, a `Blob`, a stream), if one was given. */
  readonly file: UploadableMedia | undefined;
  /** The file's MIME type for its upload, when its name or first bytes do not tell. */
  readonly mimeType: string | undefined;
  /** The document's file name (documents only). */
  readonly filename: string | undefined;

  constructor(component: MediaKind, media: SendableMedia, filename?: string, mimeType?: string) {
    super();
    this.component = component;
    const field = TYPES[component];
    const sorted = asTemplateCheck(component, () => sortSendableMedia(component, field, media));
    this.media =
      "media" in sorted
        ? asTemplateCheck(component, () => mediaObject(component, field, sorted.media))
        : undefined;
    this.file = "upload" in sorted ? sorted.upload : undefined;
    this.filename = checkOptionalTemplateText(component, "filename", filename);
    this.mimeType = checkOptionalTemplateText(component, "mimeType", mimeType);
  }

  /**
   * The same parameters with an uploaded media: its id, and for a document its file name unless
   * one was given. `sendTemplate` fills a file's upload in this way, leaving these untouched.
   */
  withUpload(media: UploadedHeaderMedia): MediaHeaderParams {
    const shown =
      this.filename ?? (this.component === "HeaderDocument" ? media.filename : undefined);
    return new MediaHeaderParams(this.component, { id: media.id }, shown);
  }

  /**
   * The header parameters as Graph expects them.
   *
   * @throws {@link TemplateValidationError} while a file waits for its upload (`sendTemplate`
   *   uploads it; JSON of these parameters cannot say what to send until then).
   */
  toJSON(): Record<string, unknown> {
    const type = TYPES[this.component];
    if (this.media === undefined) {
      throw new TemplateValidationError(
        this.component,
        type,
        "is a file that is not uploaded yet: sendTemplate uploads it when it sends the template (or upload it with uploadMedia and give the Media)",
      );
    }
    const media =
      this.filename === undefined ? this.media : { ...this.media, filename: this.filename };
    return { type: "header", parameters: [{ type, [type]: media }] };
  }
}

/** The file options of a media header's send-time parameters. */
export interface MediaHeaderFileOptions {
  /** The file's MIME type, for a file whose name or first bytes do not tell (bytes, a stream). */
  mimeType?: string | undefined;
}

/**
 * An image header (JPEG or PNG). The example is shown to reviewers; the image is given at send
 * time with `HeaderImage.params({ image })`.
 *
 * @example
 * ```ts
 * import { templates } from "@tswa/core";
 *
 * const header = new templates.HeaderImage({ example: "./banner.jpg" });
 * const atSendTime = templates.HeaderImage.params({ image: "https://example.com/banner.jpg" });
 * ```
 */
export class HeaderImage extends MediaHeader {
  /** The builder's name. */
  readonly kind = "HeaderImage" as const;
  protected readonly format = "IMAGE" as const;

  /**
   * The image at send time: a media id, an http(s) link, `{ id }`, `{ link }`, a `Media` you
   * uploaded, or a file (a path, a `file:` URL, bytes, a `Blob`, a stream) that `sendTemplate`
   * uploads to the sending number first, as an image (JPEG or PNG, up to 5 MB).
   *
   * @throws {@link TemplateValidationError} at once for an empty string, a link that is not
   *   http(s) or a value that is no media.
   * @example
   * ```ts
   * import { templates, type MessagesApi } from "@tswa/core";
   *
   * declare const messages: MessagesApi;
   * await messages.sendTemplate({
   *   to: "16505551234",
   *   name: "seasonal_promotion",
   *   language: "en_US",
   *   params: [templates.HeaderImage.params({ image: "./banners/winter.jpg" })],
   * });
   * ```
   */
  static params(options: { image: SendableMedia } & MediaHeaderFileOptions): MediaHeaderParams {
    return new MediaHeaderParams("HeaderImage", options.image, undefined, options.mimeType);
  }
}

/** A video header (MP4); the video is given at send time with `HeaderVideo.params({ video })`. */
export class HeaderVideo extends MediaHeader {
  /** The builder's name. */
  readonly kind = "HeaderVideo" as const;
  protected readonly format = "VIDEO" as const;

  /**
   * The video at send time: a media id, an http(s) link, `{ id }`, `{ link }`, a `Media`, or a
   * file that `sendTemplate` uploads first, as a video (MP4 or 3GP, up to 16 MB).
   *
   * @example
   * ```ts
   * import { templates } from "@tswa/core";
   *
   * const atSendTime = templates.HeaderVideo.params({ video: "./clips/launch.mp4" });
   * ```
   */
  static params(options: { video: SendableMedia } & MediaHeaderFileOptions): MediaHeaderParams {
    return new MediaHeaderParams("HeaderVideo", options.video, undefined, options.mimeType);
  }
}

/** A GIF header (an MP4 that plays as a GIF); given at send time with `HeaderGIF.params({ gif })`. */
export class HeaderGIF extends MediaHeader {
  /** The builder's name. */
  readonly kind = "HeaderGIF" as const;
  protected readonly format = "GIF" as const;

  /**
   * The GIF at send time: a media id, an http(s) link, `{ id }`, `{ link }`, a `Media`, or a
   * file that `sendTemplate` uploads first, as a video (a GIF header is an MP4, up to 16 MB).
   *
   * @example
   * ```ts
   * import { templates } from "@tswa/core";
   *
   * const atSendTime = templates.HeaderGIF.params({ gif: "./clips/confetti.mp4" });
   * ```
   */
  static params(options: { gif: SendableMedia } & MediaHeaderFileOptions): MediaHeaderParams {
    return new MediaHeaderParams("HeaderGIF", options.gif, undefined, options.mimeType);
  }
}

/** A document header (PDF); given at send time with `HeaderDocument.params({ document })`. */
export class HeaderDocument extends MediaHeader {
  /** The builder's name. */
  readonly kind = "HeaderDocument" as const;
  protected readonly format = "DOCUMENT" as const;

  /**
   * The document at send time, and the file name shown for it: a media id, an http(s) link,
   * `{ id }`, `{ link }`, a `Media`, or a file that `sendTemplate` uploads first, as a document
   * (up to 100 MB). A file uploaded from a path is shown under its own name unless `filename`
   * is given.
   *
   * @example
   * ```ts
   * import { templates } from "@tswa/core";
   *
   * const fromDisk = templates.HeaderDocument.params({ document: "./invoices/2026-11.pdf" });
   * const fromMemory = templates.HeaderDocument.params({
   *   document: new Uint8Array([0x25, 0x50, 0x44, 0x46]),
   *   filename: "Invoice November.pdf",
   *   mimeType: "application/pdf",
   * });
   * ```
   */
  static params(
    options: {
      document: SendableMedia;
      filename?: string | undefined;
    } & MediaHeaderFileOptions,
  ): MediaHeaderParams {
    return new MediaHeaderParams(
      "HeaderDocument",
      options.document,
      options.filename,
      options.mimeType,
    );
  }
}

/** The media headers, for `createTemplate` to find examples to upload. */
export type MediaHeaderComponent = HeaderImage | HeaderVideo | HeaderGIF | HeaderDocument;

/** Whether a component is a media header. */
export const isMediaHeader = (c: unknown): c is MediaHeaderComponent => c instanceof MediaHeader;
