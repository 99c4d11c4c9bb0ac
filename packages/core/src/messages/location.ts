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
  return textAndButtonBody(method, "location_request_message", "send_location", options);
}

/** The body of `requestContactInfo`: body text and a "share phone number" button. */
export function contactInfoRequestBody(
  method: string,
  options: RequestWithTextOptions,
): MessageBody {
  return textAndButtonBody(method, "request_contact_info", "request_contact_info", options);
}

/** An interactive message of body text and one button WhatsApp draws (no parameters). */
function textAndButtonBody(
  method: string,
  type: string,
  action: string,
  options: RequestWithTextOptions,
): MessageBody {
  const interactive = interactiveObject(method, type, { body: options.text }, { name: action });
  return envelope(method, options, "interactive", interactive);
}
