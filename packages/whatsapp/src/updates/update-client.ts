import {
  type MediaApi,
  type MessagesApi,
  type TemplatesApi,
  type UsersApi,
  WhatsAppError,
} from "@tswa/core";
import type { MediaDownloader } from "@tswa/media";

/**
 * The client calls that update shortcuts (`msg.reply()`, `msg.react()`, `update.unpause()`,
 * `msg.image.download()`, `msg.image.reupload()`…) make: exactly those, so a test can pass its own. The {@link WhatsApp} client is one.
 */
export interface UpdateClient
  extends Pick<
      MessagesApi,
      | "sendMessage"
      | "sendImage"
      | "sendVideo"
      | "sendDocument"
      | "sendAudio"
      | "sendVoice"
      | "sendSticker"
      | "sendLocation"
      | "requestLocation"
      | "requestContactInfo"
      | "sendContact"
      | "sendCatalog"
      | "sendProduct"
      | "sendProducts"
      | "sendCarousel"
      | "sendReaction"
      | "removeReaction"
      | "markMessageAsRead"
      | "indicateTyping"
    >,
    Pick<TemplatesApi, "sendTemplate" | "getTemplate" | "unpauseTemplate">,
    Pick<UsersApi, "blockUsers" | "unblockUsers">,
    Pick<MediaApi, "getMediaUrl" | "uploadMedia">,
    Pick<MediaDownloader, "downloadMedia" | "getMediaBytes" | "streamMedia"> {}

/**
 * A shortcut (`msg.reply()`, …) was called on an update that has no client: one made by
 * `parseWebhook` without its `client` option. Updates handed to handlers always have one.
 */
export class UpdateWithoutClientError extends WhatsAppError {
  constructor(shortcut: string) {
    super(
      `${shortcut}() needs a client: pass { client } to parseWebhook, or use the updates handlers receive`,
    );
    this.name = "UpdateWithoutClientError";
  }
}
