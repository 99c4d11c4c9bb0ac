import { envelope, type MessageBody } from "./envelope.js";
import { interactiveObject } from "./interactive.js";
import type { RequestWithTextOptions, SendLocationOptions } from "./options.js";
import { checkRange } from "./validate.js";

/** The body of `sendLocation`: a pin on the map, with an optional name and address. */
export function locationBody(method: string, options: SendLocationOptions): MessageBody {
  const location: Record<string, unknown> = {
    latitude: checkRange(method, "latitude", options.latitude, "latitude"),
    longitude: checkRange(method, "longitude", options.longitude, "longitude"),
  };
  if (options.name !== undefined) location.name = options.name;
  if (options.address !== undefined) location.address = options.address;
  return envelope(method, options, "location", location);
}

/** The body of `requestLocation`: body text and a "send location" button. */
export function locationRequestBody(method: string, options: RequestWithTextOptions): MessageBody {
  const interactive = interactiveObject(
    method,
    "location_request_message",
    { body: options.text },
    { name: "send_location" },
  );
  return envelope(method, options, "interactive", interactive);
}

/** The body of `requestContactInfo`: body text and a "share phone number" button. */
export function contactInfoRequestBody(
  method: string,
  options: RequestWithTextOptions,
): MessageBody {
  const interactive = interactiveObject(
    method,
    "request_contact_info",
    { body: options.text },
    { name: "request_contact_info" },
  );
  return envelope(method, options, "interactive", interactive);
}
