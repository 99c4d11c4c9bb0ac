import { createReadStream } from "node:fs";
import { Readable } from "node:stream";
import {
  type Media,
  type MediaApi,
  MediaType,
  type MediaURL,
  type MessagesApi,
  type SendableMedia,
  type UploadableMedia,
} from "@tswa/core";
import { describe, expectTypeOf, it } from "vitest";

declare const media: MediaApi;
declare const messages: MessagesApi;
declare const uploaded: Media;

describe("media types", () => {
  it("uploadMedia takes every input form and returns a Media", () => {
    expectTypeOf(media.uploadMedia("./menu.jpg")).resolves.toEqualTypeOf<Media>();
    expectTypeOf<Buffer>().toExtend<UploadableMedia>();
    expectTypeOf<Uint8Array>().toExtend<UploadableMedia>();
    expectTypeOf<Blob>().toExtend<UploadableMedia>();
    expectTypeOf<URL>().toExtend<UploadableMedia>();
    expectTypeOf<ReadableStream<Uint8Array>>().toExtend<UploadableMedia>();
    expectTypeOf(createReadStream("x")).toExtend<UploadableMedia>();
    expectTypeOf(Readable.from([])).toExtend<UploadableMedia>();
    expectTypeOf<number>().not.toExtend<UploadableMedia>();
  });

  it("sends take ids, links, a Media and anything uploadMedia takes", () => {
    expectTypeOf<Media>().toExtend<SendableMedia>();
    expectTypeOf<{ link: string }>().toExtend<SendableMedia>();
    expectTypeOf<UploadableMedia>().toExtend<SendableMedia>();
    expectTypeOf(messages.sendImage)
      .parameter(0)
      .toHaveProperty("image")
      .toEqualTypeOf<SendableMedia>();
    expectTypeOf({ to: "1", image: uploaded }).toExtend<Parameters<MessagesApi["sendImage"]>[0]>();
  });

  it("MediaType keeps kinds Meta may add, and getMediaUrl resolves a MediaURL", () => {
    expectTypeOf(MediaType.STICKER).toEqualTypeOf<"sticker">();
    expectTypeOf<"gif">().toExtend<MediaType>();
    expectTypeOf(media.getMediaUrl("1")).resolves.toEqualTypeOf<MediaURL>();
  });
});
