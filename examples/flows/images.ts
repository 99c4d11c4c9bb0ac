/**
 * Tiny base64 PNGs standing in for real pictures: Flow JSON embeds images as base64 (JPEG or
 * PNG, up to about 300 KB, 100 KB in list items from Flow JSON 6.0).
 */

/** A 1x1 orange PNG (a valid image: signature, IHDR, IDAT, IEND with their CRCs). */
export const ORANGE_PIXEL =
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP438MAAAQZAYzvQbwjAAAAAElFTkSuQmCC";

/** A 1x1 blue PNG. */
export const BLUE_PIXEL =
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGOQizoBAAHaAUGizqgqAAAAAElFTkSuQmCC";

/** A 1x1 green PNG. */
export const GREEN_PIXEL =
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGPQWGADAAH4AQV029onAAAAAElFTkSuQmCC";
