import { sniffMimeType } from "@tswa/core";
import { describe, expect, it } from "vitest";

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(
    parts.flatMap((part) =>
      typeof part === "string" ? [...part].map((c) => c.charCodeAt(0)) : part,
    ),
  );

describe("sniffMimeType: a file's type from its first bytes", () => {
  it.each([
    ["JPEG", bytes([0xff, 0xd8, 0xff, 0xdb]), "image/jpeg"],
    ["PNG", bytes("\x89PNG\r\n\x1a\n"), "image/png"],
    ["WebP", bytes("RIFF", [1, 2, 3, 4], "WEBPVP8L"), "image/webp"],
    ["GIF", bytes("GIF89a"), "image/gif"],
    ["MP4", bytes([0, 0, 0, 0x18], "ftypmp42"), "video/mp4"],
    ["3GP", bytes([0, 0, 0, 0x14], "ftyp3gp4"), "video/3gp"],
    ["M4A", bytes([0, 0, 0, 0x20], "ftypM4A "), "audio/mp4"],
    ["Ogg (OPUS voice notes)", bytes("OggS", [0, 2]), "audio/ogg"],
    ["MP3 with an ID3 tag", bytes("ID3", [4, 0]), "audio/mpeg"],
    ["MP3 frame", bytes([0xff, 0xfb, 0x90, 0x64]), "audio/mpeg"],
    ["AAC (ADTS)", bytes([0xff, 0xf1, 0x50, 0x80]), "audio/aac"],
    ["AMR", bytes("#!AMR\n"), "audio/amr"],
    ["PDF", bytes("%PDF-1.4\n"), "application/pdf"],
    [
      "DOCX",
      bytes(
        "PK\x03\x04",
        new Array(26).fill(0),
        "[Content_Types].xml",
        "....PK\x03\x04word/document.xml",
      ),
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ],
    [
      "XLSX",
      bytes(
        "PK\x03\x04",
        new Array(26).fill(0),
        "[Content_Types].xml",
        "PK\x03\x04xl/workbook.xml",
      ),
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ],
    [
      "PPTX",
      bytes(
        "PK\x03\x04",
        new Array(26).fill(0),
        "[Content_Types].xml",
        "PK\x03\x04ppt/presentation.xml",
      ),
      "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ],
  ])("knows %s", (_, head, type) => {
    expect(sniffMimeType(head)).toBe(type);
  });

  it.each([
    ["plain text", bytes("hello, world")],
    [
      "a ZIP that is not an Office document",
      bytes("PK\x03\x04", new Array(26).fill(0), "photo.jpg"),
    ],
    ["an empty file", bytes()],
    ["a truncated PNG signature", bytes("\x89PN")],
  ])("does not guess for %s", (_, head) => {
    expect(sniffMimeType(head)).toBeUndefined();
  });
});
