import type { Logger } from 'pino';
import { Webhook } from 'standardwebhooks';
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isIP } from 'node:net';
import { Agent, fetch } from 'undici';
import { isPublicAddress } from '../../src/core/webhooks/webhook-target.js';
import type { ClaimedWebhook, Clock, WebhookRepository } from '../../src/core/ports.js';
import { pollingLoop } from '../polling-loop.js';

/** Retries for at least three days: 5 s, 10 s, 20 s… then hourly; a delivery still failing then is given up. */
export const GIVE_UP_AFTER_MS = 3 * 24 * 3_600_000;
export function retryDelayMs(attempts: number, random = Math.random): number {
  const base = Math.min(5_000 * 2 ** attempts, 3_600_000);
  return Math.round(base * (0.8 + 0.4 * random()));
}

/**
 * Sends the webhook deliveries the database holds (migration 024), signed per Standard Webhooks by the
 * `standardwebhooks` package — what its verifier checks. Each case's events go out one after the other; different
 * cases and subscriptions in parallel. Any process may run it: deliveries are taken under a lease.
 */
export function webhookDispatcher(deps: {
  webhooks: WebhookRepository;
  clock: Clock;
  logger: Logger;
  leaseSeconds?: number;
  batch?: number;
  timeoutMs?: number;
  allowPrivateTargets?: boolean;
  /** Tells a subscription's contact that it was disabled (an email, where mail is configured). */
  onDisabled?: (s: { subscriptionId: string; url: string; contactEmail: string; reason: string }) => Promise<void>;
}) {
  const leaseSeconds = deps.leaseSeconds ?? 60;
  // Every address a receiver's name resolves to is checked when connecting, not only the URL when subscribing: a
  // name may later point inside the city's network (DNS rebinding). The check is on the connection itself.
  const agent = deps.allowPrivateTargets
    ? new Agent()
    : new Agent({
        connect: {
          lookup: (hostname, options, callback) =>
            dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
              if (err) return callback(err, '', 0);
              const list = addresses as LookupAddress[];
              const refused = list.find((a) => !isPublicAddress(a.address));
              if (refused || list.length === 0) return callback(Object.assign(new Error('refused: not a public address'), { code: 'EPRIVATETARGET' }), '', 0);
              if ((options as { all?: boolean }).all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, list);
              callback(null, list[0]!.address, list[0]!.family);
            }),
        },
      });
  const batch = deps.batch ?? 100;
  const timeoutMs = deps.timeoutMs ?? 10_000;

  /**
   * The receiver has it: that is written, tried again if the database refuses once. It is never counted as the
   * receiver's failure — which would send it again. Should both writes fail, the lease expires and it goes again
   * (receivers deduplicate on webhook-id).
   */
  async function recordDelivered(id: string, status: number): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await deps.webhooks.delivered(id, status, deps.clock.now());
      } catch (err) {
        if (attempt >= 2) return void deps.logger.error({ event: 'webhook_delivered_not_recorded', deliveryId: id, err: (err as Error).name }, 'delivered, but not recorded');
      }
    }
  }

  async function send(w: ClaimedWebhook): Promise<void> {
    const body = JSON.stringify({ type: w.event.type, timestamp: w.event.createdAt.toISOString(), data: { eventId: w.event.id, sequence: w.event.seq, ...w.event.data } });
    // Signed at the moment it leaves, by the wall clock: receivers reject a timestamp far from their own time.
    const at = new Date();
    const signature = w.secrets.map((secret) => new Webhook(secret).sign(w.id, at, body)).join(' ');
    let outcome: { status: number | null; error: string } | null = null;
    try {
      // A literal address in the URL is not looked up: it is checked here.
      const host = new URL(w.url).hostname.replace(/^\[|\]$/g, '');
      if (!deps.allowPrivateTargets && isIP(host) && !isPublicAddress(host)) throw Object.assign(new Error('refused'), { cause: { code: 'EPRIVATETARGET' } });
      const res = await fetch(w.url, {
        dispatcher: agent,
        method: 'POST',
        headers: { 'content-type': 'application/json', 'user-agent': 'Guichet-Webhooks/1', 'webhook-id': w.id, 'webhook-timestamp': String(Math.floor(at.getTime() / 1000)), 'webhook-signature': signature },
        body,
        // A redirect could lead the city's server anywhere: not followed, counted as a failure.
        redirect: 'manual',
        signal: AbortSignal.timeout(timeoutMs),
      });
      await res.arrayBuffer().catch(() => undefined);
      if (res.status >= 200 && res.status < 300) return await recordDelivered(w.id, res.status);
      outcome = { status: res.status, error: `HTTP ${res.status}` };
    } catch (err) {
      outcome = { status: null, error: (err as Error).name === 'TimeoutError' ? 'timeout' : ((err as Error & { cause?: { code?: string } }).cause?.code ?? (err as Error).name) };
    }
    if (outcome) {
      const now = deps.clock.now();
      const giveUp = now.getTime() - w.createdAt.getTime() > GIVE_UP_AFTER_MS;
      const disabled = await deps.webhooks.attemptFailed(w.id, outcome, now, giveUp ? null : new Date(now.getTime() + retryDelayMs(w.attempts)));
      // The integrator hears of it by email, once: the call that disabled it.
      if (disabled?.contactEmail && deps.onDisabled) {
        await deps.onDisabled({ ...disabled, contactEmail: disabled.contactEmail }).catch((e: Error) => deps.logger.warn({ event: 'webhook_disabled_notice_failed', subscriptionId: disabled.subscriptionId, err: e.name }, 'could not tell the subscription’s contact'));
      }
      // The subscription and the outcome, never the payload: it names cases and carries messages.
      deps.logger.warn({ event: giveUp ? 'webhook_given_up' : 'webhook_failed', subscriptionId: w.subscriptionId, deliveryId: w.id, status: outcome.status, error: outcome.error }, 'webhook delivery failed');
    }
  }

  /** One round: what is due, sent; returns how many were tried. */
  async function dispatchOnce(): Promise<number> {
    const claimed = await deps.webhooks.claim(batch, leaseSeconds, deps.clock.now());
    await Promise.all(claimed.map(send));
    return claimed.length;
  }

  const loop = pollingLoop(dispatchOnce, { batch, onError: (err) => deps.logger.warn({ event: 'webhook_dispatch_failed', err: err.name }, 'webhook round failed') });
  return {
    dispatchOnce,
    start: (intervalMs = 1000) => loop.start(intervalMs),
    /** New deliveries were committed (the database's notification): send now rather than at the next poll. */
    wake: loop.wake,
    stop: loop.stop,
  };
}
export type WebhookDispatcher = ReturnType<typeof webhookDispatcher>;
