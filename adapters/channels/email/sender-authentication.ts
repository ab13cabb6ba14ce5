import { authenticate, type DNSResolver } from 'mailauth';

/** What the SMTP dialogue told us about where a message came from. */
export interface Envelope {
  clientIp?: string | undefined;
  helo?: string | undefined;
  mailFrom?: string | undefined;
}

export interface SenderAuthenticationOptions {
  /**
   * The city's relay adds an `Authentication-Results` header with this authserv-id (RFC 8601) after checking
   * DKIM/SPF/DMARC itself: its verdict is taken, and nothing is looked up here. Unset: checked here by mailauth.
   */
  trustedAuthservId?: string | null | undefined;
  /** DNS look-ups (tests give their own zone); node's resolver by default. */
  resolver?: DNSResolver | undefined;
  /** The name this host gives in its own checks. */
  mta?: string | undefined;
}

const domainOf = (address: string) => address.slice(address.lastIndexOf('@') + 1).toLowerCase();

/**
 * The topmost Authentication-Results header (the one our relay added last, RFC 8601 §5: relays remove forged
 * ones bearing their own id) says `dmarc=pass` for the From's domain.
 */
export function relayVerdict(raw: Buffer, authservId: string, fromAddress: string): boolean {
  const end = raw.indexOf('\r\n\r\n') >= 0 ? raw.indexOf('\r\n\r\n') : raw.indexOf('\n\n');
  const head = raw.subarray(0, end >= 0 ? end : raw.length).toString('latin1').replace(/\r?\n[ \t]+/g, ' ');
  const line = head.split(/\r?\n/).find((l) => /^authentication-results:/i.test(l));
  if (!line) return false;
  const [id, ...results] = line.slice(line.indexOf(':') + 1).split(';').map((p) => p.trim());
  if (id?.split(/\s+/)[0]?.toLowerCase() !== authservId.toLowerCase()) return false;
  const dmarc = results.find((r) => /^dmarc\s*=/i.test(r));
  if (!dmarc || !/^dmarc\s*=\s*pass\b/i.test(dmarc)) return false;
  const headerFrom = dmarc.match(/header\.from\s*=\s*([^\s;]+)/i)?.[1]?.toLowerCase();
  return headerFrom === domainOf(fromAddress);
}

/**
 * Whether the From of an inbound message is proved: DMARC passes for its domain — an aligned DKIM signature or
 * an aligned SPF pass — as checked here by mailauth, or as the trusted relay says. Anything else (no
 * signature, a failure, a DNS error) proves nothing; such mail is still received, but never trusted.
 */
export function senderAuthentication(opts: SenderAuthenticationOptions = {}) {
  return async function isAuthenticated(raw: Buffer, fromAddress: string, envelope: Envelope = {}): Promise<boolean> {
    if (opts.trustedAuthservId) return relayVerdict(raw, opts.trustedAuthservId, fromAddress);
    try {
      const result = await authenticate(raw, {
        ...(envelope.clientIp ? { ip: envelope.clientIp.replace(/^::ffff:/, '') } : {}),
        ...(envelope.helo ? { helo: envelope.helo } : {}),
        ...(envelope.mailFrom ? { sender: envelope.mailFrom } : {}),
        mta: opts.mta ?? 'guichet',
        ...(opts.resolver ? { resolver: opts.resolver } : {}),
        disableArc: true,
        disableBimi: true,
      });
      const dmarc = result.dmarc;
      return !!dmarc && dmarc.status.result === 'pass' && dmarc.domain?.toLowerCase() === domainOf(fromAddress);
    } catch {
      return false;
    }
  };
}
export type SenderAuthenticator = ReturnType<typeof senderAuthentication>;
