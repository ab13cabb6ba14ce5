import { randomBytes } from 'node:crypto';
import { refusedHost } from './webhook-target.js';
import { assertCan, ownCasesOnly, type Actor } from '../actor.js';
import { DomainError, invalid, notFound } from '../errors.js';
import { replayOf } from '../idempotency.js';
import type { CoreDeps, Page, WebhookDelivery, WebhookSubscription } from '../ports.js';

/** What integrators may subscribe to (the names are the payload's `type`). */
export const WEBHOOK_EVENT_TYPES = [
  'case.created',
  'case.status_changed',
  'case.escalated',
  'case.transferred',
  'case.message_added',
  'case.resolved',
  'case.closed',
  'case.merged',
  'deadline.at_risk',
  'deadline.breached',
] as const;

/** How long a rotated-out secret still signs, so receivers switch over without missing a delivery. */
export const SECRET_OVERLAP_HOURS = 24;

/** A Standard Webhooks secret: `whsec_` and 32 random bytes in base64. */
const newSecret = () => `whsec_${randomBytes(32).toString('base64')}`;

/**
 * Loopback receivers may be plain http (a developer's machine, the tests); anything else must be https — the
 * payloads name cases and carry the city's messages — and on the public internet (webhook-target.ts).
 */
function checkUrl(raw: string, allowPrivate: boolean): string {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    throw invalid('url', 'Not a URL');
  }
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(u.hostname);
  if (u.protocol !== 'https:' && !(u.protocol === 'http:' && loopback)) throw invalid('url', 'Webhooks are sent over https');
  if (u.username || u.password) throw invalid('url', 'No credentials in the URL: verify the signature instead');
  const refused = refusedHost(u.hostname, allowPrivate);
  if (refused) throw invalid('url', refused);
  return u.toString();
}

/** An integrator sees and manages its own subscriptions; an admin every one. */
async function owned(deps: CoreDeps, actor: Actor, id: string): Promise<WebhookSubscription> {
  assertCan(actor, 'webhooks:manage');
  const w = await deps.store.webhooks.get(id);
  if (!w || (actor.role !== 'admin' && w.owner !== actor.principalId)) throw notFound('Webhook subscription');
  return w;
}

export async function subscribeWebhook(
  deps: CoreDeps,
  actor: Actor,
  input: { url: string; eventTypes: string[]; directorateId?: string | null | undefined; requestTypeCode?: string | null | undefined; contactEmail?: string | null | undefined },
  idempotencyKey?: string,
): Promise<WebhookSubscription & { secret: string; replayed: boolean }> {
  assertCan(actor, 'webhooks:manage');
  const url = checkUrl(input.url, deps.webhookTargets?.allowPrivate ?? false);
  const types = [...new Set(input.eventTypes)];
  if (types.length === 0) throw invalid('eventTypes', 'At least one event type');
  for (const t of types) if (!(WEBHOOK_EVENT_TYPES as readonly string[]).includes(t)) throw invalid('eventTypes', `Unknown event type: ${t}`);
  if (input.directorateId && !(await deps.store.catalogue.directorateById(input.directorateId))) throw invalid('directorateId', 'Unknown directorate');
  if (input.requestTypeCode && !(await deps.store.catalogue.requestTypeByCode(input.requestTypeCode))) throw invalid('requestTypeCode', 'Unknown request type');
  const subscription = {
    id: deps.newId(),
    owner: actor.principalId,
    url,
    eventTypes: types,
    directorateId: input.directorateId ?? null,
    requestTypeCode: input.requestTypeCode ?? null,
    contactEmail: input.contactEmail ?? null,
    // The payloads show cases: a key that reads only the cases it filed hears of those only.
    filedBy: ownCasesOnly(actor),
    createdAt: deps.clock.now(),
    disabledAt: null,
    disabledReason: null,
    secret: newSecret(),
  };
  return deps.store.transaction(async (tx) => {
    const prior = await replayOf(tx, actor, idempotencyKey, 'createWebhookSubscription', input, { subscriptionId: subscription.id });
    if (prior) {
      const first = await tx.webhooks.get(prior.subscriptionId);
      const secret = await tx.webhooks.secretOf(prior.subscriptionId);
      if (!first || !secret) throw new DomainError('conflict', 'The subscription made by the first request no longer exists');
      return { ...first, secret, replayed: true };
    }
    await tx.webhooks.create(subscription);
    return { ...subscription, replayed: false };
  });
}

export async function listWebhooks(deps: CoreDeps, actor: Actor): Promise<WebhookSubscription[]> {
  assertCan(actor, 'webhooks:manage');
  return deps.store.webhooks.list(actor.role === 'admin' ? null : actor.principalId);
}

export async function unsubscribeWebhook(deps: CoreDeps, actor: Actor, id: string): Promise<void> {
  await owned(deps, actor, id);
  await deps.store.webhooks.remove(id);
}

/** A new secret, shown once; the old one keeps signing for a day beside it. */
export async function rotateWebhookSecret(deps: CoreDeps, actor: Actor, id: string): Promise<{ secret: string; previousValidUntil: Date }> {
  await owned(deps, actor, id);
  const secret = newSecret();
  const previousValidUntil = new Date(deps.clock.now().getTime() + SECRET_OVERLAP_HOURS * 3_600_000);
  await deps.store.webhooks.rotate(id, secret, previousValidUntil);
  return { secret, previousValidUntil };
}

export async function webhookDeliveries(deps: CoreDeps, actor: Actor, id: string, limit: number, cursor: string | null): Promise<Page<WebhookDelivery>> {
  await owned(deps, actor, id);
  return deps.store.webhooks.deliveries(id, limit, cursor);
}

/** Sends one delivery again, or everything since a time (a receiver that lost data); a disabled subscription resumes. */
export async function replayWebhooks(deps: CoreDeps, actor: Actor, id: string, what: { deliveryId: string } | { since: Date }): Promise<number> {
  await owned(deps, actor, id);
  return deps.store.webhooks.replay(id, what, deps.clock.now());
}
