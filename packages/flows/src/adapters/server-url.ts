/** Hosts that mean "every interface": a server bound to one is reached on the loopback one. */
const WILDCARD_HOSTS = new Set(["0.0.0.0", "::", "[::]", "0:0:0:0:0:0:0:0"]);

/**
 * The base URL of a local server, as a person or a script on the same machine can open it:
 * `http://127.0.0.1:8080` for a server bound to `0.0.0.0` or `::`, which no browser or client can
 * connect to as written. Other hosts are kept (IPv6 ones in brackets).
 */
export function serverUrl(host: string, port: number): string {
  if (WILDCARD_HOSTS.has(host)) return `http://127.0.0.1:${port}`;
  const urlHost = host.includes(":") && !host.startsWith("[") ? `[${host}]` : host;
  return `http://${urlHost}:${port}`;
}
