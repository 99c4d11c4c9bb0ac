import { z } from "zod";
import type { PageOptions } from "../flows/types.js";
import { AccountArea } from "../graph/account-area.js";
import { callOf, idSegment } from "../graph/account-scope.js";
import { listGraph } from "../graph/list.js";
import type { GraphPagePromise } from "../graph/pagination.js";
import type { PhoneCallOptions } from "../phone-numbers/options.js";
import {
  checkImageType,
  checkPrefilledMessage,
  type QRCode,
  type QRCodeImageType,
  qrCodeFields,
  qrCodeSchema,
  toQrCode,
} from "./qr-code.js";

/** Options of `getQrCode` and `createQrCode`. */
export interface QrCodeImageOptions extends PhoneCallOptions {
  /** The image format of `qrImageUrl`. `createQrCode` default: PNG; gets: no image. */
  imageType?: QRCodeImageType | undefined;
}

/** Options of `getQrCodes`. */
export interface GetQrCodesOptions extends QrCodeImageOptions, PageOptions {}

const listSchema = z.looseObject({ data: z.array(qrCodeSchema) });

/**
 * QR codes and short links of a phone number that open a chat with a prefilled message.
 *
 * @example
 * ```ts
 * import { GraphClient, QrCodesApi } from "@tswa/core";
 *
 * const graph = new GraphClient({ token: process.env.WHATSAPP_TOKEN });
 * const qr = new QrCodesApi(graph, { phoneId: "106540352242922" });
 * const code = await qr.createQrCode("Hi! I saw your poster", { imageType: "SVG" });
 * console.log(code.deepLinkUrl, code.qrImageUrl);
 * ```
 */
export class QrCodesApi extends AccountArea {
  /** Creates a QR code and short link; the image URL comes in `imageType` (default PNG). */
  async createQrCode(prefilledMessage: string, options: QrCodeImageOptions = {}): Promise<QRCode> {
    const method = "createQrCode";
    const raw = await this.graph.request({
      method: "POST",
      path: `${this.#phone(options, method)}/message_qrdls`,
      json: {
        prefilled_message: checkPrefilledMessage(prefilledMessage, method),
        generate_qr_image: checkImageType(options.imageType ?? "PNG", method),
      },
      schema: qrCodeSchema,
      ...callOf(options),
    });
    return toQrCode(raw);
  }

  /** Fetches a QR code, with its image URL when `imageType` is given; `undefined` when unknown. */
  async getQrCode(code: string, options: QrCodeImageOptions = {}): Promise<QRCode | undefined> {
    const method = "getQrCode";
    const body = await this.graph.request({
      method: "GET",
      path: `${this.#phone(options, method)}/message_qrdls/${idSegment(code, "code", method)}`,
      query: { fields: qrCodeFields(options.imageType, method) },
      schema: listSchema,
      ...callOf(options),
    });
    const raw = body.data[0];
    return raw && toQrCode(raw);
  }

  /** Lists the QR codes of a phone number, page by page. */
  getQrCodes(options: GetQrCodesOptions = {}): GraphPagePromise<QRCode> {
    const method = "getQrCodes";
    return listGraph(this.graph, {
      path: `${this.#phone(options, method)}/message_qrdls`,
      query: {
        fields: qrCodeFields(options.imageType, method),
        limit: options.limit,
        after: options.after,
        before: options.before,
      },
      item: qrCodeSchema,
      map: toQrCode,
      ...callOf(options),
    });
  }

  /** Changes the prefilled message of a QR code; its link and image stay the same. */
  async updateQrCode(
    code: string,
    prefilledMessage: string,
    options: PhoneCallOptions = {},
  ): Promise<QRCode> {
    const method = "updateQrCode";
    idSegment(code, "code", method);
    const raw = await this.graph.request({
      method: "POST",
      path: `${this.#phone(options, method)}/message_qrdls`,
      json: { code, prefilled_message: checkPrefilledMessage(prefilledMessage, method) },
      schema: qrCodeSchema,
      ...callOf(options),
    });
    return toQrCode(raw);
  }

  /** Deletes a QR code; its link stops working. */
  async deleteQrCode(code: string, options: PhoneCallOptions = {}): Promise<boolean> {
    const method = "deleteQrCode";
    const path = `${this.#phone(options, method)}/message_qrdls/${idSegment(code, "code", method)}`;
    return this.succeed({ method: "DELETE", path }, options);
  }

  #phone(options: PhoneCallOptions, method: string): string {
    return this.id("phoneId", options.phoneId, method);
  }
}
