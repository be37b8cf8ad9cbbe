import { isIP } from 'node:net';
import { PEER_HEADER } from '@/lib/http/socket';

/*
 * Who is the client? The only address nobody can forge is the peer of the TCP connection; every
 * X-Forwarded-For entry left of it was written by whoever sent the request, except the entries that
 * trusted proxies appended. So the chain (X-Forwarded-For entries, then the socket's peer) is read
 * from the right, skipping addresses of trusted proxies; the first one that is not a trusted proxy
 * is the client. A made-up X-Forwarded-For therefore changes nothing: the shipped nginx appends the
 * real address after it.
 *
 * Route handlers in Next cannot see the socket, so scripts/serve.mjs (the production server) copies
 * its peer into PEER_HEADER (lib/http/socket.ts), always overwriting what a client sent. Without it (next dev, tests
 * calling a handler directly) the peer is unknown and nothing forwarded is trusted.
 *
 * TRUSTED_PROXIES: comma-separated IPs or CIDR ranges of the proxies in front of the app.
 *   unset → loopback (127.0.0.0/8, ::1). A loopback peer is a proxy on the same machine, which is
 *           how the shipped deploy/nginx.conf runs; a server that faces the internet itself never
 *           has a loopback peer, so for it this default trusts nothing.
 *   "none" (or empty) → trust nothing, not even loopback.
 *   a list → exactly those (add loopback yourself if a local proxy sits in front as well), e.g. the
 *           load balancer's subnet "10.0.0.0/24" or a Docker network.
 */

const DEFAULT_TRUSTED = ['127.0.0.0/8', '::1/128'];

interface Range {
  bytes: Uint8Array;
  bits: number;
}

/** 4 bytes for IPv4 (IPv4-mapped IPv6 included), 16 for IPv6; undefined for anything else. */
export function ipBytes(raw: string): Uint8Array | undefined {
  const ip = raw.trim().replace(/%.*$/, '');
  const kind = isIP(ip);
  if (kind === 4) return Uint8Array.from(ip.split('.').map(Number));
  if (kind !== 6) return undefined;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped?.[1]) return ipBytes(mapped[1]);
  // Expand "::" and an embedded dotted quad into 8 groups of 16 bits.
  let text = ip;
  const quad = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (quad?.[1]) {
    const b = quad[1].split('.').map(Number);
    text = text.slice(0, -quad[1].length) + `${(((b[0] ?? 0) << 8) | (b[1] ?? 0)).toString(16)}:${(((b[2] ?? 0) << 8) | (b[3] ?? 0)).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = tail === undefined ? left : [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
  const bytes = new Uint8Array(16);
  groups.forEach((g, i) => {
    const n = parseInt(g, 16);
    bytes[i * 2] = n >> 8;
    bytes[i * 2 + 1] = n & 0xff;
  });
  return bytes;
}

function parseRange(entry: string): Range {
  const [address = '', prefix] = entry.split('/');
  const bytes = ipBytes(address);
  if (!bytes) throw new Error(`TRUSTED_PROXIES: found "${entry}", expected an IP address or CIDR range such as 10.0.0.0/8 or ::1`);
  const max = bytes.length * 8;
  // "::ffff:10.0.0.0/104" is the IPv4 range 10.0.0.0/8.
  const mappedOffset = address.includes(':') && bytes.length === 4 ? 96 : 0;
  const bits = prefix === undefined ? max : Number(prefix) - mappedOffset;
  if (prefix !== undefined && (!/^\d+$/.test(prefix) || bits < 0 || bits > max)) {
    throw new Error(`TRUSTED_PROXIES: found "${entry}", expected a prefix length from 0 to ${max}`);
  }
  return { bytes, bits };
}

/** Parses a TRUSTED_PROXIES value; throws with the offending entry when one is not an address or range. */
export function parseTrustedProxies(value: string | undefined): Range[] {
  if (value === undefined) return DEFAULT_TRUSTED.map(parseRange);
  const entries = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (entries.length === 0 || (entries.length === 1 && entries[0]?.toLowerCase() === 'none')) return [];
  return entries.map(parseRange);
}

function inRange(bytes: Uint8Array, range: Range): boolean {
  if (bytes.length !== range.bytes.length) return false;
  let bits = range.bits;
  for (let i = 0; bits > 0; i++, bits -= 8) {
    const mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
    if (((bytes[i] ?? 0) & mask) !== ((range.bytes[i] ?? 0) & mask)) return false;
  }
  return true;
}

/** One X-Forwarded-For entry without port or brackets ("[2001:db8::1]:443" → "2001:db8::1"). */
function stripPort(entry: string): string {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(entry);
  if (bracketed?.[1]) return bracketed[1];
  const v4 = /^(\d+\.\d+\.\d+\.\d+):\d+$/.exec(entry);
  return v4?.[1] ?? entry;
}

/** Canonical spelling of an address, so "::ffff:192.0.2.1" and "192.0.2.1" are one client. */
function canonical(address: string): string {
  const bytes = ipBytes(address);
  if (!bytes) return address.slice(0, 64);
  if (bytes.length === 4) return bytes.join('.');
  const groups: string[] = [];
  for (let i = 0; i < 16; i += 2) groups.push((((bytes[i] ?? 0) << 8) | (bytes[i + 1] ?? 0)).toString(16));
  return groups.join(':');
}

/**
 * The client's address: the right-most address of X-Forwarded-For + peer that is not a trusted
 * proxy. "unknown" when the peer is not known (no serve.mjs in front).
 */
export function resolveClientAddress(forwardedFor: string | null | undefined, peer: string | null | undefined, trusted: readonly Range[]): string {
  if (!peer) return 'unknown';
  const chain = [
    ...(forwardedFor ?? '')
      .split(',')
      .map((s) => stripPort(s.trim()))
      .filter(Boolean),
    peer,
  ];
  for (let i = chain.length - 1; i >= 0; i--) {
    const address = chain[i] ?? '';
    const bytes = ipBytes(address);
    // Anything that is not an address cannot be a proxy we trust: it is where the trail ends.
    if (!bytes || !trusted.some((r) => inRange(bytes, r))) return canonical(address);
  }
  // Every hop is one of ours (a request from the proxy host itself): the left-most is the client.
  return canonical(chain[0] ?? peer);
}

let cached: { value: string | undefined; ranges: Range[] } | undefined;

function trustedFromEnv(): Range[] {
  const value = process.env.TRUSTED_PROXIES;
  if (!cached || cached.value !== value) cached = { value, ranges: parseTrustedProxies(value) };
  return cached.ranges;
}

/** The client's address for a request, behind the proxies configured in TRUSTED_PROXIES. */
export function clientAddress(headers: Headers): string {
  return resolveClientAddress(headers.get('x-forwarded-for'), headers.get(PEER_HEADER), trustedFromEnv());
}
