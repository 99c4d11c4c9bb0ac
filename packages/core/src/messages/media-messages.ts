import { envelope, type MessageBody } from "./envelope.js";
import { type InteractiveHeader, interactiveObject, resolveButtons } from "./interactive.js";
import { type MediaInput, mediaObject } from "./media.js";
import type { MediaWithButtonsOptions, ReplyableOptions } from "./options.js";
import { checkOptionalText, MessageValidationError } from "./validate.js";

/**
 * The body of an image, video or document message; with `buttons`, an interactive message whose
 * header is the media and whose body is the caption.
 */
export function captionedMediaBody(
  method: string,
  kind: "image" | "video" | "document",
  media: MediaInput,
  options: MediaWithButtonsOptions & { filename?: string | undefined },
): MessageBody {
  if (options.buttons === undefined) {
    const object: Record<string, unknown> = { ...mediaObject(method, kind, media) };
    if (options.footer !== undefined) {
      throw new MessageValidationError(
        method,
        "footer",
        "needs buttons (a media message has none)",
      );
    }
    const caption = checkOptionalText(method, "caption", options.caption, "caption");
    if (caption !== undefined) object.caption = caption;
    if (options.filename !== undefined) object.filename = options.filename;
    return envelope(method, options, kind, object);
  }
  if (options.caption === undefined) {
    throw new MessageValidationError(
      method,
      "caption",
      "is required with buttons: it becomes the interactive message's body",
    );
  }
  const { type, action } = resolveButtons(method, options.buttons);
  const header = { [kind]: media, filename: options.filename } as InteractiveHeader;
  const interactive = interactiveObject(
    method,
    type,
    { header, body: options.caption, footer: options.footer },
    action,
    "caption",
  );
  return envelope(method, options, "interactive", interactive);
}

/** The body of an audio, voice or sticker message. */
export function plainMediaBody(
  method: string,
  kind: "audio" | "sticker",
  media: MediaInput,
  options: ReplyableOptions & { voice?: boolean | undefined },
): MessageBody {
  const object: Record<string, unknown> = { ...mediaObject(method, kind, media) };
  if (options.voice !== undefined) object.voice = options.voice;
  return envelope(method, options, kind, object);
}
