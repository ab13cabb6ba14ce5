import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * An HTTP SMS gateway: `POST <url>/messages` with `{ to, text, clientRef, statusCallback }` and a bearer token;
 * it answers `{ id }` and later posts a delivery report to the callback, signed with HMAC-SHA256 of the body
 * in `X-Signature: sha256=<hex>`. `clientRef` is our deduplication key, so a gateway that honours it never
 * sends a retried message twice.
 */
export interface SmsGateway {
  send(sms: { to: string; text: string; clientRef: string }): Promise<{ providerId: string }>;
}

export function httpSmsGateway(opts: { url: string; token: string; statusCallbackUrl: string; timeoutMs?: number }): SmsGateway {
  return {
    async send(sms) {
      const res = await fetch(`${opts.url.replace(/\/+$/, '')}/messages`, {
        method: 'POST',
        headers: { authorization: `Bearer ${opts.token}`, 'content-type': 'application/json', 'idempotency-key': sms.clientRef },
        body: JSON.stringify({ ...sms, statusCallback: opts.statusCallbackUrl }),
        signal: AbortSignal.timeout(opts.timeoutMs ?? 10_000),
      });
      if (!res.ok) throw new Error(`SMS gateway answered ${res.status}`);
      const body = (await res.json()) as { id?: unknown };
      if (typeof body.id !== 'string') throw new Error('SMS gateway answered without an id');
      return { providerId: body.id };
    },
  };
}

export function verifyGatewaySignature(secret: string, rawBody: string, header: string | undefined): boolean {
  const m = header ? /^sha256=([0-9a-f]{64})$/i.exec(header.trim()) : null;
  if (!m) return false;
  const expected = createHmac('sha256', secret).update(rawBody).digest();
  return timingSafeEqual(expected, Buffer.from(m[1]!, 'hex'));
}
