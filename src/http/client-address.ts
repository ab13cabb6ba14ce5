import type { Context } from 'hono';
import { createHash } from 'node:crypto';

/**
 * The caller's address for rate limits, hashed so that no IP address is stored. Behind the city's
 * reverse proxy (TRUST_PROXY=true) it is the first X-Forwarded-For entry; otherwise the socket's peer.
 */
export function clientKey(c: Context, trustProxy: boolean): string {
  let address: string | undefined;
  if (trustProxy) address = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
  address ??= (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming?.socket?.remoteAddress;
  return createHash('sha256').update(address ?? 'unknown').digest('base64url').slice(0, 22);
}
