import { z } from "zod";

/** The image format of a QR code. */
export const QRCodeImageType = {
  /** A PNG image. */
  PNG: "PNG",
  /** An SVG image. */
  SVG: "SVG",
} as const;

/** A {@link QRCodeImageType} value. */
export type QRCodeImageType = (typeof QRCodeImageType)[keyof typeof QRCodeImageType];

/** A QR code (and short link) that opens a chat with a prefilled message. */
export interface QRCode {
  /** The code, such as `4O4YGZEG3RIVE1`. */
  code: string;
  /** The message the chat opens with. */
  prefilledMessage: string;
  /** The short link, such as `https://wa.me/message/4O4YGZEG3RIVE1`. */
  deepLinkUrl: string;
  /** The image URL, when an image type was asked for. */
  qrImageUrl: string | undefined;
}

export const qrCodeSchema = z.looseObject({
  code: z.string(),
  prefilled_message: z.string(),
  deep_link_url: z.string(),
  qr_image_url: z.string().optional(),
});

/** Turns a checked QR code object into a {@link QRCode}. */
export const toQrCode = (raw: z.output<typeof qrCodeSchema>): QRCode => ({
  code: raw.code,
  prefilledMessage: raw.prefilled_message,
  deepLinkUrl: raw.deep_link_url,
  qrImageUrl: raw.qr_image_url,
});

/** The fields to ask for: the image URL only in a format, since rendering it costs Graph work. */
export function qrCodeFields(imageType: QRCodeImageType | undefined, method: string): string[] {
  const fields = ["code", "prefilled_message", "deep_link_url"];
  if (imageType === undefined) return fields;
  return [...fields, `qr_image_url.format(${checkImageType(imageType, method)})`];
}

/** Checks an image type. */
export function checkImageType(imageType: unknown, method: string): QRCodeImageType {
  if (imageType !== "PNG" && imageType !== "SVG") {
    throw new TypeError(`${method}: imageType must be "PNG" or "SVG"`);
  }
  return imageType;
}

// Meta's QR code reference: the prefilled message is at most 140 characters.
const MAX_PREFILLED_MESSAGE = 140;

/** Checks a prefilled message (never echoing it). */
export function checkPrefilledMessage(message: unknown, method: string): string {
  if (
    typeof message !== "string" ||
    message === "" ||
    [...message].length > MAX_PREFILLED_MESSAGE
  ) {
    throw new TypeError(
      `${method}: prefilledMessage must be 1 to ${MAX_PREFILLED_MESSAGE} characters`,
    );
  }
  return message;
}
