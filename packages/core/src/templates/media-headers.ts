import { type MediaInput, mediaObject } from "../messages/media.js";
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

/** The media of a media header at send time: an uploaded media id or an https link. */
export class MediaHeaderParams extends TemplateParams {
  /** The header these parameters fill. */
  readonly component: MediaKind;
  /** The media as Graph expects it. */
  readonly media: HeaderMediaObject;
  /** The document's file name (documents only). */
  readonly filename: string | undefined;

  constructor(component: MediaKind, media: MediaInput, filename?: string) {
    super();
    this.component = component;
    this.media = asTemplateCheck(component, () => mediaObject(component, "media", media));
    this.filename = checkOptionalTemplateText(component, "filename", filename);
  }

  /** The header parameters as Graph expects them. */
  toJSON(): Record<string, unknown> {
    const type = TYPES[this.component];
    const media =
      this.filename === undefined ? this.media : { ...this.media, filename: this.filename };
    return { type: "header", parameters: [{ type, [type]: media }] };
  }
}

const TYPES: Record<MediaKind, string> = {
  HeaderImage: "image",
  HeaderVideo: "video",
  HeaderGIF: "gif",
  HeaderDocument: "document",
};

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

  /** The image at send time: a media id or an http(s) link. */
  static params(options: { image: MediaInput }): MediaHeaderParams {
    return new MediaHeaderParams("HeaderImage", options.image);
  }
}

/** A video header (MP4); the video is given at send time with `HeaderVideo.params({ video })`. */
export class HeaderVideo extends MediaHeader {
  /** The builder's name. */
  readonly kind = "HeaderVideo" as const;
  protected readonly format = "VIDEO" as const;

  /** The video at send time: a media id or an http(s) link. */
  static params(options: { video: MediaInput }): MediaHeaderParams {
    return new MediaHeaderParams("HeaderVideo", options.video);
  }
}

/** A GIF header (an MP4 that plays as a GIF); given at send time with `HeaderGIF.params({ gif })`. */
export class HeaderGIF extends MediaHeader {
  /** The builder's name. */
  readonly kind = "HeaderGIF" as const;
  protected readonly format = "GIF" as const;

  /** The GIF at send time: a media id or an http(s) link. */
  static params(options: { gif: MediaInput }): MediaHeaderParams {
    return new MediaHeaderParams("HeaderGIF", options.gif);
  }
}

/** A document header (PDF); given at send time with `HeaderDocument.params({ document })`. */
export class HeaderDocument extends MediaHeader {
  /** The builder's name. */
  readonly kind = "HeaderDocument" as const;
  protected readonly format = "DOCUMENT" as const;

  /** The document at send time, and the file name shown for it. */
  static params(options: {
    document: MediaInput;
    filename?: string | undefined;
  }): MediaHeaderParams {
    return new MediaHeaderParams("HeaderDocument", options.document, options.filename);
  }
}

/** The media headers, for `createTemplate` to find examples to upload. */
export type MediaHeaderComponent = HeaderImage | HeaderVideo | HeaderGIF | HeaderDocument;

/** Whether a component is a media header. */
export const isMediaHeader = (c: unknown): c is MediaHeaderComponent => c instanceof MediaHeader;
