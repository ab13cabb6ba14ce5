import { sessionRepository } from '../adapters/postgres/session-repository.js';
import { hashSecret } from '../src/secrets.js';
import type { Harness } from './harness.js';

/**
 * A resident signed in through FranceConnect, as the callback leaves them: an identity linked to the record and
 * an open session behind the cookie. Returns the Cookie header a browser would send.
 */
export async function residentSession(h: Harness, residentId: string, cookie: string): Promise<string> {
  const [identity] = await h.sql<{ id: string }[]>`insert into identities (id, provider, issuer, subject, kind, resident_id, link_status, first_seen_at, last_seen_at)
    values (gen_random_uuid(), 'franceconnect', 'https://fc.example', ${`sub-${cookie}`}, 'resident', ${residentId}, 'linked', now(), now()) returning id`;
  const now = new Date();
  await sessionRepository(h.sql).createSession({
    idHash: hashSecret(cookie),
    kind: 'resident',
    provider: 'franceconnect',
    identityId: identity!.id,
    residentId,
    agentId: null,
    acr: 'eidas1',
    idTokenHint: null,
    createdAt: now,
    idleTimeoutSeconds: 1800,
    expiresAt: new Date(now.getTime() + 3600_000),
  });
  return `__Host-guichet_session=${cookie}`;
}
