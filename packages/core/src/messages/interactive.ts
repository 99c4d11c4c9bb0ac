import { Button, type InteractiveAction } from "./buttons.js";
import { type MediaInput, mediaObject, type SendableMedia } from "./media.js";
import { checkCount, checkOptionalText, checkText, MessageValidationError } from "./validate.js";

/**
 * The header of an interactive message: text (at most 60 characters), or an image, a video or a
 * document (a media id, a link, or a file to upload first). List and product-list messages
 * take text only; call buttons take no header.
 */
export type InteractiveHeader =
  | string
  | {
      /** An image header. */
      readonly image: SendableMedia;
    }
  | {
      /** A video header. */
      readonly video: SendableMedia;
    }
  | {
      /** A document header. */
      readonly document: SendableMedia;
      /** The document's file name, with its extension. */
      readonly filename?: string | undefined;
    };

/**
 * The buttons of an interactive message: up to three reply {@link Button}s, or one
 * keyboard-like building block (`URLButton`, `VoiceCallButton`, `CallPermissionRequestButton`,
 * `ContactInfoRequestButton`, `SectionList`, `FlowButton`).
 */
export type MessageButtons = readonly Button[] | InteractiveAction;

/** Which headers each interactive type takes (Meta's per-type pages). */
const HEADERS: Record<string, "media" | "text" | "none"> = {
  button: "media",
  cta_url: "media",
  flow: "media",
  list: "text",
  product_list: "text",
  voice_call: "none",
  call_permission_request: "none",
  request_contact_info: "none",
};

/** The parts of an interactive message before they become Graph JSON. */
export interface InteractiveParts {
  /** The header, if any. */
  header?: InteractiveHeader | undefined;
  /** The body text (required by every interactive type tswa sends but `product`). */
  body?: string | undefined;
  /** The footer, if any. */
  footer?: string | undefined;
}

/** Reads `buttons` into the interactive type and action. */
export function resolveButtons(
  method: string,
  buttons: MessageButtons,
): { type: string; action: Record<string, unknown> } {
  if (Array.isArray(buttons)) {
    checkCount(method, "buttons", buttons.length, "replyButtons");
    for (const [i, button] of buttons.entries()) {
      if (!(button instanceof Button)) {
        throw new MessageValidationError(
          method,
          `buttons[${i}]`,
          "must be a Button (an array takes reply buttons only)",
        );
      }
    }
    if (new Set(buttons.map((b: Button) => b.title)).size !== buttons.length) {
      throw new MessageValidationError(method, "buttons[].title", "must be unique");
    }
    return { type: "button", action: { buttons: buttons.map((b: Button) => b.toJSON()) } };
  }
  const action = buttons as InteractiveAction;
  if (typeof action?.toAction !== "function" || typeof action.interactiveType !== "string") {
    throw new MessageValidationError(
      method,
      "buttons",
      "must be an array of Button or one URLButton, VoiceCallButton, CallPermissionRequestButton, ContactInfoRequestButton, SectionList or FlowButton",
    );
  }
  return { type: action.interactiveType, action: action.toAction() };
}

/** The media of a header, if it has one: its kind and what was given. */
export function headerMedia(
  header: InteractiveHeader | undefined,
): { kind: "image" | "video" | "document"; media: SendableMedia } | undefined {
  if (typeof header !== "object" || header === null) return undefined;
  for (const kind of ["image", "video", "document"] as const) {
    if (kind in header) {
      return { kind, media: (header as Record<string, SendableMedia>)[kind] as SendableMedia };
    }
  }
  return undefined;
}

/** The `header` object for a type, checked against what the type takes. */
function headerObject(method: string, type: string, header: InteractiveHeader): unknown {
  const allowed = HEADERS[type] ?? "media";
  if (allowed === "none") {
    throw new MessageValidationError(method, "header", `is not supported by ${type} messages`);
  }
  if (typeof header === "string") {
    return { type: "text", text: checkText(method, "header", header, "headerText") };
  }
  if (allowed === "text") {
    throw new MessageValidationError(method, "header", `must be text for ${type} messages`);
  }
  for (const kind of ["image", "video", "document"] as const) {
    if (typeof header === "object" && header !== null && kind in header) {
      const media = (header as Record<string, MediaInput>)[kind] as MediaInput;
      const object: Record<string, unknown> = { ...mediaObject(method, `header.${kind}`, media) };
      if ("filename" in header && header.filename !== undefined) object.filename = header.filename;
      return { type: kind, [kind]: object };
    }
  }
  throw new MessageValidationError(
    method,
    "header",
    "must be text, { image }, { video } or { document }",
  );
}

/**
 * The `interactive` object: type, header, body, footer, action, in the order of Meta's
 * examples.
 */
export function interactiveObject(
  method: string,
  type: string,
  parts: InteractiveParts,
  action: Record<string, unknown>,
  bodyField = "text",
): Record<string, unknown> {
  const interactive: Record<string, unknown> = { type };
  if (parts.header !== undefined) interactive.header = headerObject(method, type, parts.header);
  if (parts.body !== undefined) {
    interactive.body = { text: checkText(method, bodyField, parts.body, "interactiveBody") };
  }
  if (parts.footer !== undefined) {
    if (HEADERS[type] === "none") {
      throw new MessageValidationError(method, "footer", `is not supported by ${type} messages`);
    }
    interactive.footer = { text: checkOptionalText(method, "footer", parts.footer, "footerText") };
  }
  interactive.action = action;
  return interactive;
}
