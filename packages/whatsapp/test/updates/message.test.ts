import { Message, User } from "tswa";
import { describe, expect, it } from "vitest";
import {
  fieldsOf,
  onlyUpdate,
  pywaPayload,
  TEST_METADATA,
  TEST_USER,
} from "../fixtures/pywa-updates.js";

const at = (seconds: number) => new Date(seconds * 1000);

/** Every field of a pywa `message.json` example: the common ones, then what the example sets. */
function expected(seconds: number, fields: Record<string, unknown>) {
  return {
    kind: "message",
    wabaId: "1234567890987654321",
    sharedData: {},
    id: "wamid.xyzxyz",
    from: TEST_USER,
    timestamp: at(seconds),
    metadata: TEST_METADATA,
    text: undefined,
    image: undefined,
    video: undefined,
    audio: undefined,
    document: undefined,
    sticker: undefined,
    location: undefined,
    contacts: undefined,
    reaction: undefined,
    order: undefined,
    system: undefined,
    unsupported: undefined,
    replyToMessage: undefined,
    forwarded: false,
    forwardedManyTimes: false,
    referral: undefined,
    groupId: undefined,
    errors: [],
    ...fields,
  };
}

const message = (name: string) => onlyUpdate(Message, "message", name);

describe("Message, from pywa's message.json", () => {
  it("text: the body, and the sender as a User with phone number, BSUID and profile", () => {
    const msg = message("text");
    expect(fieldsOf(msg)).toEqual(expected(1697043223, { type: "text", text: "Body Text" }));
    expect(msg.from).toBeInstanceOf(User);
    expect(msg.from.preferredId).toBe("972987654321");
    expect(msg.from.countryCode).toBe("US");
    expect(msg.isText()).toBe(true);
    expect(msg.isReply).toBe(false);
    const body = pywaPayload("message", "text") as { entry: { changes: { value: unknown }[] }[] };
    expect(msg.raw).toEqual(body.entry[0]?.changes[0]?.value); // the change's value, as received
    expect(msg.message).toMatchObject({ id: "wamid.xyzxyz", type: "text" });
  });

  it("image, and an image with a download URL", () => {
    const image = {
      id: "65463453",
      mimeType: "image/jpeg",
      sha256: "4654+8g=",
      url: undefined,
      caption: undefined,
    };
    const msg = message("image");
    expect(fieldsOf(msg)).toEqual(expected(1697043379, { type: "image", image }));
    expect(msg.media).toBe(msg.image);
    const withUrl = message("media_with_url");
    expect(withUrl.image?.url).toBe(
      "https://lookaside.fbsbx.com/whatsapp_business/attachments/?mid=65463453&source=webhook&ext=487r9re&hash=heiwchueowbcew-dnedcw",
    );
  });

  it("video with a caption, forwarded", () => {
    const msg = message("video");
    expect(fieldsOf(msg)).toEqual(
      expected(1697044362, {
        type: "video",
        forwarded: true,
        video: {
          id: "765756756",
          mimeType: "video/mp4",
          sha256: "Jh+2ij6PzUv/J2y+grrtegr/ZMzRxkEPwc24Oyib4s03w9Jc=",
          url: undefined,
          caption: "caption",
        },
      }),
    );
    expect(msg.caption).toBe("caption");
  });

  it("document with file name and caption", () => {
    expect(fieldsOf(message("document"))).toEqual(
      expected(1697043666, {
        type: "document",
        forwarded: true,
        document: {
          id: "1234567890987654321",
          mimeType: "application/pdf",
          sha256: "grwfwe/ZPx0wAbdfbdeFUNItPZ0RylL8gGUvdt3YFqc18SY=",
          url: undefined,
          caption: "caption",
          filename: "filename.pdf",
        },
      }),
    );
  });

  it("audio, and a voice note", () => {
    const audio = message("audio");
    expect(fieldsOf(audio)).toEqual(
      expected(1697043509, {
        type: "audio",
        forwarded: true,
        audio: {
          id: "1234567890987654321",
          mimeType: "audio/ogg; codecs=opus",
          sha256: "E3dxS/PdYZE7ppA3pQ4mpCFaXBJ8pX4SRN/dsfvds/iPGA=",
          url: undefined,
          voice: false,
        },
      }),
    );
    expect(audio.voice).toBeUndefined();
    const voice = message("voice");
    expect(voice.audio?.voice).toBe(true);
    expect(voice.voice).toBe(voice.audio);
  });

  it("static and animated stickers", () => {
    expect(fieldsOf(message("static_sticker"))).toEqual(
      expected(1697043760, {
        type: "sticker",
        sticker: {
          id: "1234567890987654321",
          mimeType: "image/webp",
          sha256: "OmT4nhjUhCMIPNmj7eeOZeCYjTXkLxoOv85OMCFwSuc=",
          url: undefined,
          animated: false,
        },
      }),
    );
    expect(message("animated_sticker").sticker?.animated).toBe(true);
  });

  it("a reaction, and its removal (empty or absent emoji)", () => {
    expect(fieldsOf(message("reaction"))).toEqual(
      expected(1697044456, {
        type: "reaction",
        reaction: { messageId: "wamid.yzxyzx=", emoji: "😮" },
      }),
    );
    expect(message("unreaction_empty").reaction).toEqual({
      messageId: "wamid.yzxyzx=",
      emoji: undefined,
    });
    expect(message("unreaction_no_emoji").reaction).toEqual({
      messageId: "wamid.yzxyzx=",
      emoji: undefined,
    });
  });

  it("the user's current location, and a chosen place", () => {
    expect(fieldsOf(message("current_location"))).toEqual(
      expected(1697044557, {
        type: "location",
        forwarded: true,
        location: {
          latitude: 12.25089,
          longitude: 43.90539,
          name: undefined,
          address: undefined,
          url: undefined,
          currentLocation: true,
        },
      }),
    );
    expect(message("chosen_location").location).toEqual({
      latitude: 37.4611978,
      longitude: -122.2164385,
      name: "Facebook HQ",
      address: "1 Hacker Way, Menlo Park, CA 94025",
      url: "https://maps.google.com/?cid=2000000000000000000",
      currentLocation: false,
    });
  });

  it("shared contacts", () => {
    const msg = message("contacts");
    expect(msg.type).toBe("contacts");
    expect(msg.contacts).toHaveLength(3);
    expect(msg.contacts?.[0]).toEqual({
      name: { first_name: "Chandler", last_name: "Bing", formatted_name: "Chandler Bing" },
      phones: [{ phone: "+1 555-555-5555", type: "CELL", waId: "972987654321" }],
      emails: [],
      urls: [],
      addresses: [],
      org: undefined,
      birthday: undefined,
    });
    expect(msg.contacts?.map((c) => c.phones[0]?.type)).toEqual(["CELL", "HOME", "WORK"]);
  });

  it("an order with its products", () => {
    expect(fieldsOf(message("order"))).toEqual(
      expected(1697044668, {
        type: "order",
        order: {
          catalogId: "354160437058781",
          text: undefined,
          products: [
            { sku: "HAMBURGER", quantity: 3, price: 30, currency: "ILS" },
            { sku: "FRENCH_FRIES", quantity: 2, price: 35, currency: "ILS" },
            { sku: "SODA", quantity: 2, price: 10, currency: "ILS" },
          ],
        },
      }),
    );
  });

  it("an unsupported message with its error, and with the unsupported type", () => {
    const error = {
      code: 131051,
      title: "Message type unknown",
      message: "Message type unknown",
      details: "Message type is currently not supported.",
      href: undefined,
    };
    expect(fieldsOf(message("unsupported"))).toEqual(
      expected(1697044706, {
        type: "unsupported",
        errors: [error],
        unsupported: { type: undefined },
      }),
    );
    expect(message("unsupported_with_type").unsupported).toEqual({ type: "pool" });
  });

  it("a reply, a forward, and a frequent forward", () => {
    const reply = message("reply");
    expect(fieldsOf(reply)).toEqual(
      expected(1697044746, {
        type: "text",
        text: "replied text",
        replyToMessage: {
          messageId: "wamid.xyzxyz==",
          from: "972123456789",
          referredProduct: undefined,
        },
      }),
    );
    expect(reply.isReply).toBe(true);
    expect(message("forwarded")).toMatchObject({ forwarded: true, forwardedManyTimes: false });
    expect(message("forwarded_many_times")).toMatchObject({
      forwarded: true,
      forwardedManyTimes: true,
    });
  });

  it("an interactive message WhatsApp could not read gets the change's errors", () => {
    const msg = message("interactive_message_with_err");
    expect(fieldsOf(msg)).toEqual(
      expected(1700505494, {
        id: "wamid.wegrchytvwcggt=",
        type: "interactive",
        replyToMessage: {
          messageId: "wamid.gvwegfretge==",
          from: "972123456789",
          referredProduct: undefined,
        },
        errors: [
          {
            code: 131000,
            title: "Something went wrong",
            message: "Something went wrong",
            details: "Unsupported webhook payload",
            href: undefined,
          },
        ],
      }),
    );
  });

  it("a click-to-WhatsApp ad referral", () => {
    expect(fieldsOf(message("referral"))).toEqual(
      expected(1697045000, {
        id: "wamid.ID",
        type: "text",
        text: "BODY",
        referral: {
          sourceUrl: "AD_OR_POST_FB_URL",
          sourceId: "ADID",
          sourceType: "ad or post",
          headline: "AD_TITLE",
          body: "AD_DESCRIPTION",
          mediaType: "image or video",
          imageUrl: "RAW_IMAGE_URL",
          videoUrl: "RAW_VIDEO_URL",
          thumbnailUrl: "RAW_THUMBNAIL_URL",
          ctwaClid: "CTWA_CLID",
        },
      }),
    );
  });
});
