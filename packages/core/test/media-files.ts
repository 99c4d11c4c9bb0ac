/**
 * Small files of each kind, built from their real leading bytes (magic numbers) plus filler,
 * and a temporary folder to write them to.
 */
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";

const filler = (size: number, seed: number) =>
  Uint8Array.from({ length: size }, (_, i) => (i * 31 + seed) & 0xff);

const withHead = (head: number[] | string, size: number, seed = 7): Uint8Array<ArrayBuffer> => {
  const bytes = filler(size, seed);
  const start = typeof head === "string" ? [...head].map((c) => c.charCodeAt(0)) : head;
  bytes.set(start, 0);
  return bytes;
};

/** A JPEG's first bytes (SOI, APP0 "JFIF") and filler. */
export const jpeg = (size = 2048) =>
  withHead([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70], size);
/** A PNG's signature and filler. */
export const png = (size = 2048) => withHead("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", size);
/** An MP4's `ftyp` box (brand isom) and filler. */
export const mp4 = (size = 2048) => withHead("\0\0\0\x20ftypisom\0\0\x02\0", size);
/** An Ogg page header and filler. */
export const ogg = (size = 2048) => withHead("OggS\0\x02", size);
/** A PDF header and filler. */
export const pdf = (size = 2048) => withHead("%PDF-1.7\n", size);
/** A static WebP (simple VP8 format) and filler. */
export const staticWebp = (size = 2048) => withHead("RIFF\0\0\0\0WEBPVP8 ", size);
/** An animated WebP (VP8X with the animation flag) and filler. */
export const animatedWebp = (size = 2048) => {
  const bytes = withHead("RIFF\0\0\0\0WEBPVP8X\x0a\0\0\0", size);
  bytes[20] = 0x02;
  return bytes;
};
/** Bytes that match no known type. */
export const unknown = (size = 2048) => withHead("just some text, no magic", size);

/** A temporary folder, removed after the file's tests. */
export function tempDir(): {
  path(name: string): string;
  write(name: string, bytes: Uint8Array): string;
  sparse(name: string, size: number, head: Uint8Array): string;
} {
  const dir = mkdtempSync(join(tmpdir(), "tswa-media-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return {
    path: (name) => join(dir, name),
    write: (name, bytes) => {
      const file = join(dir, name);
      writeFileSync(file, bytes);
      return file;
    },
    /** A large file that takes no disk: its head written, the rest a hole. */
    sparse: (name, size, head) => {
      const file = join(dir, name);
      writeFileSync(file, head);
      truncateSync(file, size);
      return file;
    },
  };
}
