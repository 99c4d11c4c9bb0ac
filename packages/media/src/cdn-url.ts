import { FlowMediaError } from "./errors.js";

/**
 * Meta's CDN hosts: flow uploads come from `mmg.whatsapp.net` (and other `*.whatsapp.net`
 * hosts), Cloud API media from `lookaside.fbsbx.com`, and Meta's static CDN is `*.fbcdn.net`.
 */
const META_CDN_SUFFIXES = [".whatsapp.net", ".fbcdn.net"] as const;
const META_CDN_HOSTS = ["lookaside.fbsbx.com"] as const;

/**
 * Whether `url` is an https URL on one of Meta's CDN hosts (`*.whatsapp.net`, `*.fbcdn.net`,
 * `lookaside.fbsbx.com`) on the default port: the `cdn_url`s WhatsApp sends. The default of
 * the media options' `allowUrl`, so a forged `cdn_url` cannot make your server fetch an
 * internal address (`http://127.0.0.1:…`, a cloud metadata service).
 *
 * @example
 * ```ts
 * import { isMetaCdnUrl } from "@tswa/media";
 *
 * isMetaCdnUrl(new URL("https://mmg.whatsapp.net/v/t62.7119-24/1.enc")); // true
 * isMetaCdnUrl(new URL("http://169.254.169.254/latest/meta-data")); // false
 * ```
 */
export function isMetaCdnUrl(url: URL): boolean {
  if (url.protocol !== "https:" || url.port !== "" || url.username !== "" || url.password !== "") {
    return false;
  }
  const host = url.hostname.toLowerCase();
  return (
    (META_CDN_HOSTS as readonly string[]).includes(host) ||
    META_CDN_SUFFIXES.some((suffix) => host.endsWith(suffix))
  );
}

/**
 * A `cdn_url` the download may not fetch (see the media options' `allowUrl`): nothing was
 * requested. By default only https URLs on Meta's CDN hosts are fetched.
 */
export class FlowMediaUrlNotAllowed extends FlowMediaError {
  /** The URL's origin (scheme, host and port); path and query are left out. */
  readonly origin: string;

  constructor(origin: string) {
    super(
      `the media download refused ${origin}: not an https URL on Meta's CDN (pass allowUrl in the media options to allow other hosts)`,
    );
    this.origin = origin;
  }
}

/**
 * Checks `url` against `allowUrl` before any connection is made.
 *
 * @throws {@link FlowMediaUrlNotAllowed}
 */
export function checkCdnUrl(url: string, allowUrl: (url: URL) => boolean): void {
  const parsed = new URL(url);
  if (!allowUrl(parsed)) throw new FlowMediaUrlNotAllowed(parsed.origin);
}
