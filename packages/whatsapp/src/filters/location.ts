import type { MessageKind } from "../updates/message.js";
import type { Location } from "../updates/message-content.js";
import { type Guard, guard } from "./filter.js";

/** What the location filters prove: a message with a location. */
export interface LocationNarrowing {
  /** Messages only. */
  readonly kind: MessageKind;
  /** The shared location. */
  readonly location: Location;
}

/** Passes locations where the user shared where they are (not a chosen place). */
export const currentLocation: Guard<LocationNarrowing> = guard(
  (u) =>
    (u.kind === "message" || u.kind === "outgoingMessage") && u.location?.currentLocation === true,
);

const EARTH_RADIUS_KM = 6371.0088;
const rad = (degrees: number) => (degrees * Math.PI) / 180;

/** The great-circle distance between two points, in kilometres (haversine formula). */
export function distanceKm(
  a: { latitude: number; longitude: number },
  b: { latitude: number; longitude: number },
): number {
  const dLat = rad(b.latitude - a.latitude);
  const dLon = rad(b.longitude - a.longitude);
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Passes locations within `radiusKm` kilometres of a point (pywa's `location_in_radius`).
 *
 * @example
 * ```ts
 * import { filters, WhatsApp } from "tswa";
 *
 * const wa = new WhatsApp({ appSecret: "…", verifyToken: "…" });
 * const nearTheShop = filters.locationInRadius({ latitude: 37.4851, longitude: -122.1474, radiusKm: 1 });
 * wa.onMessage(nearTheShop, (msg) => msg.reply("You are close, come in!"));
 * ```
 */
export function locationInRadius(center: {
  latitude: number;
  longitude: number;
  radiusKm: number;
}): Guard<LocationNarrowing> {
  const { latitude, longitude, radiusKm } = center ?? {};
  const finite = [latitude, longitude, radiusKm].every((n) => Number.isFinite(n));
  if (!finite || Math.abs(latitude) > 90 || Math.abs(longitude) > 180 || radiusKm < 0)
    throw new TypeError(
      "filters.locationInRadius: latitude (-90..90), longitude (-180..180) and radiusKm (>= 0) must be numbers",
    );
  return guard(
    (u) =>
      (u.kind === "message" || u.kind === "outgoingMessage") &&
      u.location !== undefined &&
      distanceKm(u.location, center) <= radiusKm,
  );
}
