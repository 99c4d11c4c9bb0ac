import { createCipheriv, createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import {
  decryptFlowMediaBytes,
  FlowMediaEncryptedHashMismatch,
  FlowMediaHmacMismatch,
  FlowMediaMetadataError,
  FlowMediaPaddingError,
  FlowMediaPlaintextHashMismatch,
  type FlowMediaVerificationError,
} from "@tswa/media";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseFlowMediaKeys } from "../src/metadata.js";
import { FlowMediaVerifier } from "../src/verifier.js";
import {
  encryptUpload,
  flipBit,
  newKeys,
  pattern,
  rehash,
  sealCiphertext,
  type UploadKeys,
} from "./fixtures/encrypt.js";

const vector = JSON.parse(
  readFileSync(new URL("./fixtures/pywa-media-vector.json", import.meta.url), "utf8"),
) as { cdn_file_base64: string; encryption_metadata: unknown; expected_plaintext_base64: string };

/** Keys derived from a label: the same bytes on every run. */
const fixedKeys = (label: string): UploadKeys => {
  const bytes = (part: string, size: number) =>
    createHash("sha256").update(`${label}/${part}`).digest().subarray(0, size);
  return { encryptionKey: bytes("aes", 32), hmacKey: bytes("hmac", 32), iv: bytes("iv", 16) };
};

function caught(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("expected a failure");
}

describe("decryptFlowMediaBytes", () => {
  it("decrypts pywa's public vector, a 435-byte JPEG encrypted by WhatsApp", () => {
    const plaintext = decryptFlowMediaBytes(
      Buffer.from(vector.cdn_file_base64, "base64"),
      vector.encryption_metadata,
    );
    expect(plaintext.equals(Buffer.from(vector.expected_plaintext_base64, "base64"))).toBe(true);
    expect(plaintext.length).toBe(435);
    expect(plaintext.subarray(0, 3).toString("hex")).toBe("ffd8ff");
  });

  it.each([0, 1, 15, 16, 17, 31, 32, 33, 65_535, 65_536, 65_537])(
    "round-trips a %i-byte file",
    (size) => {
      const upload = encryptUpload(pattern(size));
      expect(upload.cdnFile.length).toBe((Math.floor(size / 16) + 1) * 16 + 10);
      expect(decryptFlowMediaBytes(upload.cdnFile, upload.metadata).equals(upload.plaintext)).toBe(
        true,
      );
    },
  );

  it("rejects metadata with a wrong-sized key before touching the file", () => {
    const upload = encryptUpload(pattern(40));
    const metadata = { ...upload.metadata, hmac_key: Buffer.alloc(16).toString("base64") };
    const error = caught(() => decryptFlowMediaBytes(upload.cdnFile, metadata));
    expect(error).toBeInstanceOf(FlowMediaMetadataError);
    expect((error as FlowMediaMetadataError).fields).toEqual(["encryption_metadata.hmac_key"]);
  });
});

describe("FlowMediaVerifier", () => {
  it("emits exactly the plaintext whatever the pieces the file arrives in", () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 3000 }),
        fc.array(fc.integer({ min: 1, max: 700 }), { minLength: 1, maxLength: 40 }),
        (plaintext, cuts) => {
          const upload = encryptUpload(plaintext);
          const out: Buffer[] = [];
          const verifier = new FlowMediaVerifier(parseFlowMediaKeys(upload.metadata), (p) =>
            out.push(p),
          );
          let offset = 0;
          for (let i = 0; offset < upload.cdnFile.length; i++) {
            const size = cuts[i % cuts.length]!;
            verifier.update(upload.cdnFile.subarray(offset, offset + size));
            offset += size;
          }
          verifier.final();
          expect(Buffer.concat(out).equals(Buffer.from(plaintext))).toBe(true);
          expect(verifier.plaintextSize).toBe(plaintext.length);
          expect(verifier.received).toBe(upload.cdnFile.length);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("rejects any flipped bit by the hash of the file, and by the HMAC once the hash is fixed", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2000 }),
        fc.nat(),
        fc.integer({ min: 0, max: 7 }),
        (size, at, bit) => {
          const upload = encryptUpload(pattern(size));
          const tampered = flipBit(upload.cdnFile, at % upload.cdnFile.length, bit);
          expect(caught(() => decryptFlowMediaBytes(tampered, upload.metadata))).toBeInstanceOf(
            FlowMediaEncryptedHashMismatch,
          );
          const rehashed = rehash(upload.metadata, tampered);
          expect(caught(() => decryptFlowMediaBytes(tampered, rehashed))).toBeInstanceOf(
            FlowMediaHmacMismatch,
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("each check catches its own kind of damage", () => {
  // 100 bytes: blocks 0-6 of ciphertext (the last holds 12 bytes of padding), then the MAC.
  const plaintext = pattern(100);
  const keys = fixedKeys("regions");
  const upload = encryptUpload(plaintext, keys);
  const ciphertext = upload.cdnFile.subarray(0, upload.cdnFile.length - 10);
  /** Tampers with the ciphertext as a sender holding the HMAC key could: MAC and hash still fit. */
  const resealed = (byte: number) =>
    sealCiphertext(flipBit(ciphertext, byte), plaintext, keys).cdnFile;
  const decrypt = (cdnFile: Buffer, metadata = upload.metadata) =>
    caught(() => decryptFlowMediaBytes(cdnFile, metadata));

  it.each([
    ["the first block", 0],
    ["a middle block", 50],
    ["the last block", ciphertext.length - 1],
    ["the MAC", ciphertext.length + 4],
  ])("a bit flipped in %s fails the file hash", (_, byte) => {
    expect(decrypt(flipBit(upload.cdnFile, byte))).toBeInstanceOf(FlowMediaEncryptedHashMismatch);
  });

  it.each([
    ["the first block", 0],
    ["a middle block", 50],
    ["the last block", ciphertext.length - 1],
    ["the MAC", ciphertext.length + 4],
  ])("a bit flipped in %s, with the file hash fixed, fails the HMAC", (_, byte) => {
    const tampered = flipBit(upload.cdnFile, byte);
    expect(decrypt(tampered, rehash(upload.metadata, tampered))).toBeInstanceOf(
      FlowMediaHmacMismatch,
    );
  });

  it.each([
    ["the first block", 0],
    ["a middle block", 50],
  ])("a bit flipped in %s under a valid MAC fails the plaintext hash", (_, byte) => {
    const tampered = resealed(byte);
    expect(decrypt(tampered, rehash(upload.metadata, tampered))).toBeInstanceOf(
      FlowMediaPlaintextHashMismatch,
    );
  });

  it("a bit flipped where it changes the padding byte, under a valid MAC, fails the padding", () => {
    // In CBC, flipping a bit of block n-1 flips the same bit of plaintext block n: here the
    // last byte, the padding length (12 becomes 13).
    const tampered = resealed(ciphertext.length - 17);
    const error = decrypt(tampered, rehash(upload.metadata, tampered));
    expect(error).toBeInstanceOf(FlowMediaPaddingError);
    expect((error as FlowMediaVerificationError).check).toBe("padding");
  });

  it("a ciphertext that is not whole blocks, under a valid MAC, fails the padding", () => {
    const sealed = sealCiphertext(ciphertext.subarray(0, ciphertext.length - 3), plaintext, keys);
    expect(decrypt(sealed.cdnFile, sealed.metadata)).toBeInstanceOf(FlowMediaPaddingError);
  });

  it("padding that is not PKCS#7, under a valid MAC, fails the padding", () => {
    const cipher = createCipheriv("aes-256-cbc", keys.encryptionKey, keys.iv).setAutoPadding(false);
    const block = Buffer.alloc(32, 0); // ends in 0x00: no valid padding length
    const raw = Buffer.concat([cipher.update(block), cipher.final()]);
    const sealed = sealCiphertext(raw, block, keys);
    expect(decrypt(sealed.cdnFile, sealed.metadata)).toBeInstanceOf(FlowMediaPaddingError);
  });

  it("a wrong plaintext_hash fails the plaintext hash", () => {
    const metadata = { ...upload.metadata, plaintext_hash: upload.metadata.encrypted_hash };
    expect(decrypt(upload.cdnFile, metadata)).toBeInstanceOf(FlowMediaPlaintextHashMismatch);
  });

  it("a truncated file fails the file hash, and the HMAC once the hash is fixed", () => {
    const truncated = upload.cdnFile.subarray(0, upload.cdnFile.length - 1);
    expect(decrypt(truncated)).toBeInstanceOf(FlowMediaEncryptedHashMismatch);
    expect(decrypt(truncated, rehash(upload.metadata, truncated))).toBeInstanceOf(
      FlowMediaHmacMismatch,
    );
  });

  it("extra bytes fail the file hash, and the HMAC once the hash is fixed", () => {
    const longer = Buffer.concat([upload.cdnFile, Buffer.from([0])]);
    expect(decrypt(longer)).toBeInstanceOf(FlowMediaEncryptedHashMismatch);
    expect(decrypt(longer, rehash(upload.metadata, longer))).toBeInstanceOf(FlowMediaHmacMismatch);
  });

  it("a file shorter than the MAC fails the HMAC", () => {
    const tiny = Buffer.from("short");
    expect(decrypt(tiny, rehash(upload.metadata, tiny))).toBeInstanceOf(FlowMediaHmacMismatch);
  });

  it("a wrong hmac_key or iv fails the HMAC", () => {
    const other = newKeys();
    for (const metadata of [
      { ...upload.metadata, hmac_key: other.hmacKey.toString("base64") },
      { ...upload.metadata, iv: other.iv.toString("base64") },
    ]) {
      expect(decrypt(upload.cdnFile, metadata)).toBeInstanceOf(FlowMediaHmacMismatch);
    }
  });

  it("a wrong encryption_key fails the padding", () => {
    // With these fixed keys the wrong key's last block ends in an invalid padding byte, as
    // 255 times out of 256 it does.
    const wrong = fixedKeys("another").encryptionKey.toString("base64");
    expect(decrypt(upload.cdnFile, { ...upload.metadata, encryption_key: wrong })).toBeInstanceOf(
      FlowMediaPaddingError,
    );
  });

  it("never puts key material or plaintext in a message", () => {
    const messages = [
      decrypt(flipBit(upload.cdnFile, 0)),
      decrypt(upload.cdnFile, {
        ...upload.metadata,
        plaintext_hash: upload.metadata.encrypted_hash,
      }),
    ].map((error) => (error as Error).message);
    for (const message of messages) {
      for (const secret of Object.values(upload.metadata)) expect(message).not.toContain(secret);
      expect(message).not.toContain(plaintext.toString("latin1").slice(0, 8));
    }
  });
});
