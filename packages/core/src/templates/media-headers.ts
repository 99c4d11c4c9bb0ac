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

/** An uploaded media (a `Media`): its id and file name. */
export interface UploadedHeaderMedia {
  /** The media id. */
  readonly id: string;
  /** Its file name. */
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

/** A media header's media at send time: a media id, a link, or a file `sendTemplate` uploads. */
export class MediaHeaderParams extends TemplateParams {
  /** The header these parameters fill. */
  readonly component: MediaKind;
  /** The media as Graph expects it; `undefined` while `file` waits for its upload. */
  readonly media: HeaderMediaObject | undefined;
  /** The file `sendTemplate` uploads first, if one was given. */
  readonly file: UploadableMedia | undefined;
  /** The file's MIME type. */
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

  /** A copy with an uploaded media's id (and a document's name, unless one was given). */
  withUpload(media: UploadedHeaderMedia): MediaHeaderParams {
    const shown =
      this.filename ?? (this.component === "HeaderDocument" ? media.filename : undefined);
    return new MediaHeaderParams(this.component, { id: media.id }, shown);
  }

  /** The header parameters as Graph expects them. @throws {@link TemplateValidationError} before the upload. */
  toJSON(): Record<string, unknown> {
    const type = TYPES[this.component];
    if (this.media === undefined) {
      throw new TemplateValidationError(
        this.component,
        type,
        "is a file that is not uploaded yet: sendTemplate uploads it when it sends the template",
      );
    }
    const media =
      this.filename === undefined ? this.media : { ...this.media, filename: this.filename };
    return { type: "header", parameters: [{ type, [type]: media }] };
  }
}

/** The file options of a media header's send-time parameters. */
export interface MediaHeaderFileOptions {
  /** The file's MIME type, when its name or first bytes do not tell. */
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
   * The image at send time: a media id, a link, a `Media`, or a file (path, bytes, `Blob`,
   * stream) `sendTemplate` uploads first as an image (5 MB).
   *
   * @throws {@link TemplateValidationError} for an empty string or a bad link.
   * @example
   * ```ts
   * import { templates } from "@tswa/core";
   *
   * templates.HeaderImage.params({ image: "./winter.jpg" });
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
   * The video at send time, as {@link HeaderImage.params} (a file is uploaded as a video).
   *
   * @example
   * ```ts
   * import { templates } from "@tswa/core";
   *
   * templates.HeaderVideo.params({ video: "./launch.mp4" });
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
   * The GIF at send time, as {@link HeaderImage.params} (a file, an MP4, is uploaded as a video).
   *
   * @example
   * ```ts
   * import { templates } from "@tswa/core";
   *
   * templates.HeaderGIF.params({ gif: "./confetti.mp4" });
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
   * The document at send time, as {@link HeaderImage.params}, and the name shown for it (a
   * file's own name by default).
   *
   * @example
   * ```ts
   * import { templates } from "@tswa/core";
   *
   * templates.HeaderDocument.params({ document: "./invoice.pdf" });
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
