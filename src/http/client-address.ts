import type { Context } from 'hono';
import { createHash } from 'node:crypto';
import { isIPv6 } from 'node:net';

/**
 * The caller's address for rate limits, hashed so that no IP address is stored. Behind the city's reverse
 * proxies (TRUST_PROXY_HOPS = how many) it is the X-Forwarded-For entry that many places from the right —
 * the one our outermost proxy appended; entries to its left are whatever the client sent. Otherwise the
 * socket's peer. An IPv6 client is counted by its /64: one subscriber line holds a whole /64.
 */
export function clientKey(c: Context, trustProxyHops: number): string {
  let address: string | undefined;
  if (trustProxyHops > 0) {
    const entries = (c.req.header('x-forwarded-for') ?? '').split(',').map((e) => e.trim()).filter(Boolean);
    address = entries[entries.length - trustProxyHops] ?? entries[0];
  }
  address ??= (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming?.socket?.remoteAddress;
  return createHash('sha256').update(bucketOf(address ?? 'unknown')).digest('base64url').slice(0, 22);
}

/** An IPv4 address as it is; an IPv6 one reduced to its /64 prefix. */
export function bucketOf(address: string): string {
  const a = address.replace(/^::ffff:(?=\d+\.)/, '');
  if (!isIPv6(a)) return a;
  const [head = '', tail = ''] = a.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = a.includes('::') ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${groups.slice(0, 4).map((g) => parseInt(g || '0', 16).toString(16)).join(':')}::/64`;
}
