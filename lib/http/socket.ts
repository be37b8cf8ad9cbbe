/*
 * What scripts/serve.mjs (the production server) tells the app about the TCP connection, which Next
 * does not expose to route handlers. serve.mjs overwrites both headers on every request, so their
 * values come from the socket, never from the sender. Without serve.mjs in front (next dev, a test
 * calling a handler directly) they are absent.
 */

/** The socket's remote address: the client, or the proxy in front of us (see client-address.ts). */
export const PEER_HEADER = 'x-technow-peer';

/** "address:port" (IPv6 in brackets) of this server as the connection reached it. */
export const LOCAL_HEADER = 'x-technow-local';

/**
 * Origin under which this very server process can be reached from inside itself, for a request the
 * app makes to its own pages (lib/http/form-page.ts). Taken from the socket, never from Host, which
 * the sender chooses. Undefined when serve.mjs is not in front.
 */
export function selfOrigin(headers: Headers): string | undefined {
  const local = headers.get(LOCAL_HEADER);
  if (!local || !/^(?:\[[0-9a-fA-F:.]+\]|[0-9.]+):\d{1,5}$/.test(local)) return undefined;
  // A server bound to every address (0.0.0.0 / ::) reports the address the client used; that works as is.
  return `http://${local}`;
}
