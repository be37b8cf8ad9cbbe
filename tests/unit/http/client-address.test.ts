import { afterEach, describe, expect, it } from 'vitest';
import { clientAddress, ipBytes, parseTrustedProxies, resolveClientAddress } from '@/lib/http/client-address';
import { PEER_HEADER } from '@/lib/http/socket';

const loopback = parseTrustedProxies(undefined);
const none = parseTrustedProxies('none');

describe('resolveClientAddress: the right-most address that is not a trusted proxy', () => {
  it('behind the shipped nginx (loopback peer), takes the address nginx appended, not what the sender wrote', () => {
    // nginx appends $remote_addr: whatever the client put in front stays on the left.
    expect(resolveClientAddress('198.51.100.7', '127.0.0.1', loopback)).toBe('198.51.100.7');
    expect(resolveClientAddress('1.2.3.4, 198.51.100.7', '127.0.0.1', loopback)).toBe('198.51.100.7');
    expect(resolveClientAddress('9.9.9.9, 8.8.8.8, 198.51.100.7', '::ffff:127.0.0.1', loopback)).toBe('198.51.100.7');
  });

  it('a different made-up X-Forwarded-For per request is still the same client', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 20; i++) seen.add(resolveClientAddress(`203.0.113.${i}, 198.51.100.7`, '127.0.0.1', loopback));
    expect([...seen]).toEqual(['198.51.100.7']);
  });

  it('facing the internet itself (peer not a proxy), ignores X-Forwarded-For entirely', () => {
    expect(resolveClientAddress('127.0.0.1', '198.51.100.7', loopback)).toBe('198.51.100.7');
    expect(resolveClientAddress('10.0.0.1, 127.0.0.1', '203.0.113.9', loopback)).toBe('203.0.113.9');
  });

  it('with TRUSTED_PROXIES=none, even a loopback peer is the client', () => {
    expect(resolveClientAddress('198.51.100.7', '127.0.0.1', none)).toBe('127.0.0.1');
  });

  it('walks through a chain of trusted proxies (load balancer, then local nginx)', () => {
    const trusted = parseTrustedProxies('127.0.0.1, 10.0.0.0/24');
    expect(resolveClientAddress('6.6.6.6, 198.51.100.7, 10.0.0.5', '127.0.0.1', trusted)).toBe('198.51.100.7');
    // 10.0.1.5 is outside the range: it is the client as far as we can tell.
    expect(resolveClientAddress('6.6.6.6, 10.0.1.5, 10.0.0.5', '127.0.0.1', trusted)).toBe('10.0.1.5');
  });

  it('stops at the first entry that is not an address (it cannot be one of our proxies)', () => {
    expect(resolveClientAddress('1.2.3.4, garbage', '127.0.0.1', loopback)).toBe('garbage');
  });

  it('reads ports, brackets and IPv6 spellings as one client', () => {
    expect(resolveClientAddress('198.51.100.7:5555', '127.0.0.1', loopback)).toBe('198.51.100.7');
    expect(resolveClientAddress('[2001:db8::1]:443', '::1', loopback)).toBe('2001:db8:0:0:0:0:0:1');
    expect(resolveClientAddress('2001:DB8:0::1', '::1', loopback)).toBe('2001:db8:0:0:0:0:0:1');
    expect(resolveClientAddress(null, '::ffff:198.51.100.7', loopback)).toBe('198.51.100.7');
  });

  it('a request from the proxy host itself is that host', () => {
    expect(resolveClientAddress(null, '127.0.0.1', loopback)).toBe('127.0.0.1');
    expect(resolveClientAddress('127.0.0.1', '127.0.0.1', loopback)).toBe('127.0.0.1');
  });

  it('without a known peer (no serve.mjs in front) trusts nothing forwarded', () => {
    expect(resolveClientAddress('198.51.100.7', undefined, loopback)).toBe('unknown');
    expect(resolveClientAddress('198.51.100.7', '', loopback)).toBe('unknown');
  });
});

describe('parseTrustedProxies', () => {
  it('accepts IPv4, IPv6 and CIDR ranges, and "none"', () => {
    expect(parseTrustedProxies('10.0.0.0/8, 192.168.1.10 ,fd00::/8')).toHaveLength(3);
    expect(parseTrustedProxies('')).toEqual([]);
    expect(parseTrustedProxies('NONE')).toEqual([]);
  });

  it('refuses anything else, naming the entry', () => {
    expect(() => parseTrustedProxies('10.0.0.0/33')).toThrow(/10\.0\.0\.0\/33/);
    expect(() => parseTrustedProxies('localhost')).toThrow(/"localhost"/);
    expect(() => parseTrustedProxies('10.0.0.1/abc')).toThrow(/prefix/);
  });

  it('matches IPv4-mapped ranges and prefixes bit by bit', () => {
    const trusted = parseTrustedProxies('::ffff:10.0.0.0/104, 172.16.0.0/12');
    expect(resolveClientAddress('198.51.100.7', '10.200.1.1', trusted)).toBe('198.51.100.7');
    expect(resolveClientAddress('198.51.100.7', '172.31.255.255', trusted)).toBe('198.51.100.7');
    expect(resolveClientAddress('198.51.100.7', '172.32.0.1', trusted)).toBe('172.32.0.1');
  });
});

describe('ipBytes', () => {
  it('expands IPv6 with :: and an embedded IPv4 part', () => {
    expect([...(ipBytes('::1') ?? [])]).toEqual([...Array(15).fill(0), 1]);
    expect([...(ipBytes('64:ff9b::192.0.2.1') ?? [])].slice(12)).toEqual([192, 0, 2, 1]);
    expect(ipBytes('fe80::1%eth0')).toHaveLength(16);
    expect(ipBytes('not an ip')).toBeUndefined();
  });
});

describe('clientAddress(headers)', () => {
  const saved = process.env.TRUSTED_PROXIES;
  afterEach(() => {
    if (saved === undefined) delete process.env.TRUSTED_PROXIES;
    else process.env.TRUSTED_PROXIES = saved;
  });

  it('reads the peer from the private header serve.mjs sets and TRUSTED_PROXIES from the environment', () => {
    delete process.env.TRUSTED_PROXIES;
    const headers = new Headers({ 'x-forwarded-for': '6.6.6.6, 198.51.100.7', [PEER_HEADER]: '127.0.0.1' });
    expect(clientAddress(headers)).toBe('198.51.100.7');
    process.env.TRUSTED_PROXIES = 'none';
    expect(clientAddress(headers)).toBe('127.0.0.1');
    // X-Real-IP is the sender's word as well: never read.
    expect(clientAddress(new Headers({ 'x-real-ip': '6.6.6.6', [PEER_HEADER]: '203.0.113.1' }))).toBe('203.0.113.1');
  });
});
