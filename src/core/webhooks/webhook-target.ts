import ipaddr from 'ipaddr.js';

/**
 * Where the city's server may be told to send webhooks: the public internet only. A receiver URL pointing at a
 * private, loopback, link-local (a cloud's metadata service at 169.254.169.254), carrier-grade NAT, multicast or
 * reserved address would turn Guichet into a way into the city's own network (SSRF); the check is made on the URL
 * and again on every address its name resolves to at delivery. `allowPrivate` is for a developer's machine and the
 * tests (WEBHOOKS_ALLOW_PRIVATE_TARGETS).
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  return ipaddr.process(address).range() === 'unicast';
}

const PRIVATE_NAMES = /(^|\.)(localhost|local|internal|intranet|lan|home\.arpa)$/i;

/** Why this host may not receive webhooks, or null. */
export function refusedHost(hostname: string, allowPrivate: boolean): string | null {
  if (allowPrivate) return null;
  const host = hostname.replace(/^\[|\]$/g, '');
  if (ipaddr.isValid(host)) return isPublicAddress(host) ? null : 'A private, loopback or reserved address cannot receive webhooks';
  if (PRIVATE_NAMES.test(host) || !host.includes('.')) return 'A name of the local network cannot receive webhooks';
  return null;
}
