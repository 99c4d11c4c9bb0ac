import { type FetchLike, HttpTransport } from "@tswa/core";

let sharedTransport: HttpTransport | undefined;
const transports = new WeakMap<FetchLike, HttpTransport>();

/** The transport given, else one shared per fetch function (keep-alive across downloads). */
export function mediaTransport(
  transport: HttpTransport | undefined,
  fetch: FetchLike | undefined,
): HttpTransport {
  if (transport) return transport;
  if (fetch === undefined) {
    sharedTransport ??= new HttpTransport();
    return sharedTransport;
  }
  let made = transports.get(fetch);
  if (!made) {
    made = new HttpTransport({ fetch });
    transports.set(fetch, made);
  }
  return made;
}
