import { hashSecret } from '../../src/secrets.js';
import { residentSession } from '../resident-session.js';
import { apiKeyRepository } from '../../adapters/postgres/api-key-repository.js';
import { ConfigError, loadConfig } from '../../src/config.js';
import { signInAgent } from '../../src/core/identity/sign-in-agent.js';
import { createHarness, describe, expect, test } from '../harness.js';

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000' + '1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082', 'hex');

describe('integrators see what the resident sees', () => {
  test('no internal note in an integrator’s timeline; attachments only with the attachments:read scope', async ({ h }) => {
    const c = await h.newCase({ resident: { givenName: 'Nadia', familyName: 'Brun', phone: '06 31 32 33 34' } });
    await h.call('POST', `/v1/cases/${c.id}/events`, { body: { kind: 'note', body: 'Usagère connue pour des réclamations répétées' } });
    await h.call('POST', `/v1/cases/${c.id}/events`, { body: { kind: 'message', body: 'Nous passons jeudi.' } });
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(PNG)]), 'scan.png');
    const up = await h.app.request(`/v1/cases/${c.id}/attachments`, { method: 'POST', headers: { authorization: 'Bearer test-key-counter-agent' }, body: form });
    const attachment = (await up.json()) as { id: string };

    const agentView = await h.call('GET', `/v1/cases/${c.id}/events`);
    expect(JSON.stringify(agentView.body)).toContain('réclamations répétées');
    const integratorView = await h.call('GET', `/v1/cases/${c.id}/events`, { as: 'integrator' });
    expect(integratorView.status).toBe(200);
    expect(JSON.stringify(integratorView.body)).not.toContain('réclamations répétées');
    expect(integratorView.body.items.every((e: { visibility: string }) => e.visibility === 'public')).toBe(true);
    expect(JSON.stringify(integratorView.body)).toContain('Nous passons jeudi.');

    const refused = await h.call('GET', `/v1/cases/${c.id}/attachments/${attachment.id}`, { as: 'integrator' });
    expect(refused.status).toBe(403);
    const scoped = await apiKeyRepository(h.sql).create({ id: 'scoped-integrator', label: 'GED de la ville', role: 'integrator', scopes: ['cases:read:all', 'attachments:read'] });
    const allowed = await h.app.request(`/v1/cases/${c.id}/attachments/${attachment.id}`, { headers: { authorization: `Bearer ${scoped}` } });
    expect(allowed.status).toBe(200);
    expect(Buffer.from(await allowed.arrayBuffer()).equals(PNG)).toBe(true);
  });
});

describe('sign-out and configuration', () => {
  test('POST /auth/logout from another site is refused and leaves the session open', async ({ h }) => {
    const c = await h.newCase({ resident: { givenName: 'Léon', familyName: 'Marin', phone: '06 41 42 43 44' } });
    const cookie = 'cookie-logout-0123456789abcdefghij';
    await residentSession(h, c.residentId, cookie);
    const res = await h.app.request('/auth/logout', { method: 'POST', headers: { cookie: `__Host-guichet_session=${cookie}`, origin: 'https://evil.example' } });
    expect(res.status).toBe(403);
    expect(await h.sql`select 1 from sessions where id_hash = ${hashSecret(cookie)}`).toHaveLength(1);
    const own = await h.app.request('/auth/logout', { method: 'POST', headers: { cookie: `__Host-guichet_session=${cookie}`, origin: 'http://localhost:8080' } });
    expect(own.status).toBe(303);
    expect(await h.sql`select 1 from sessions where id_hash = ${hashSecret(cookie)}`).toHaveLength(0);
  });

  test('the Facebook webhook refuses to start without a real verify token; dev mode is never assumed on a remote database', () => {
    const fb = { FACEBOOK_APP_SECRET: 'app-secret', FACEBOOK_PAGE_TOKEN: 'page-token' };
    expect(() => loadConfig(fb)).toThrow(/FACEBOOK_VERIFY_TOKEN/);
    expect(() => loadConfig({ ...fb, FACEBOOK_VERIFY_TOKEN: '' })).toThrow(/FACEBOOK_VERIFY_TOKEN/);
    expect(loadConfig({ ...fb, FACEBOOK_VERIFY_TOKEN: 'a-long-random-verify-token' }).facebook?.verifyToken).toBe('a-long-random-verify-token');
    expect(() => loadConfig({ DATABASE_URL: 'postgres://guichet:x@db.ville.fr:5432/guichet' })).toThrow(ConfigError);
    expect(() => loadConfig({ DATABASE_URL: 'postgres://guichet:x@db.ville.fr:5432/guichet' })).toThrow(/GUICHET_MODE: set it explicitly/);
    expect(loadConfig({ DATABASE_URL: 'postgres://guichet:x@127.0.0.1:5432/guichet' }).mode).toBe('dev');
    expect(loadConfig({ DATABASE_URL: 'postgres://guichet:x@db.ville.fr:5432/guichet', GUICHET_MODE: 'dev' }).mode).toBe('dev');
  });
});

describe('records certified as different people', () => {
  test('merging two records that carry different FranceConnect identities is refused with the reason, and nothing moves', async ({ h }) => {
    const a = await h.newCase({ resident: { givenName: 'Marie', familyName: 'Martin', phone: '06 51 52 53 54' } });
    const b = await h.newCase({ resident: { givenName: 'Marie', familyName: 'Martin', phone: '06 61 62 63 64' } });
    const certify = (residentId: string, sub: string, birthDate: string) => h.sql`
      insert into identities (id, provider, issuer, subject, kind, resident_id, link_status, first_seen_at, last_seen_at,
        given_name, family_name, birth_date, gender, birthplace, birthcountry, certified_level)
      values (gen_random_uuid(), 'franceconnect', 'https://fc.example', ${sub}, 'resident', ${residentId}, 'linked', now(), now(),
        'Marie', 'MARTIN', ${birthDate}, 'female', '75056', '99100', 'eidas1')`;
    await certify(a.residentId, 'sub-marie-1', '1980-03-14');
    await certify(b.residentId, 'sub-marie-2', '1992-11-02');
    const refused = await h.call('POST', `/v1/residents/${a.residentId}/merge`, { body: { duplicateId: b.residentId } });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ reason: 'different_certified_identities' });
    expect(await h.count('resident_merges')).toBe(0);
    const [row] = await h.sql<{ residentId: string }[]>`select resident_id from cases where id = ${b.id}`;
    expect(row!.residentId).toBe(b.residentId);
    // The same person certified twice (FranceConnect and FranceConnect+ give different subjects) may be merged.
    const c = await h.newCase({ resident: { givenName: 'Marie', familyName: 'Martin', phone: '06 71 72 73 75' } });
    await certify(c.residentId, 'sub-marie-3', '1980-03-14');
    expect((await h.call('POST', `/v1/residents/${a.residentId}/merge`, { body: { duplicateId: c.residentId } })).status).toBe(200);
  });
});

describe('agents of the city IdP', () => {
  test('a first login binds to an agent only with a verified email in one of the city’s domains; later logins use the binding', async ({ h }) => {
    await h.sql`update agents set email = 'agent.voirie@ville.example' where id = 'agent-voirie'`;
    const login = (subject: string, email: string, emailVerified: boolean) =>
      signInAgent(h.core, { provider: 'ville', issuer: 'https://sso.ville.example', subject, email, emailVerified, allowedDomains: ['ville.example'] });
    await expect(login('sub-1', 'agent.voirie@ville.example', false)).rejects.toMatchObject({ code: 'forbidden', extra: { reason: 'email_not_verified' } });
    await h.sql`update agents set email = 'agent.voirie@gmail.com' where id = 'agent-voirie'`;
    await expect(login('sub-1', 'agent.voirie@gmail.com', true)).rejects.toMatchObject({ code: 'forbidden', extra: { reason: 'email_domain_not_allowed' } });
    expect(await h.count('identities')).toBe(0);
    await h.sql`update agents set email = 'agent.voirie@ville.example' where id = 'agent-voirie'`;
    const bound = await login('sub-1', 'agent.voirie@ville.example', true);
    expect(bound.agentId).toBe('agent-voirie');
    // The binding holds whatever the IdP says of the email later.
    expect((await login('sub-1', 'someone.else@gmail.com', false)).agentId).toBe('agent-voirie');
  });
});

describe('API keys follow their state at once', () => {
  test('a revoked key stops working immediately, though it was cached; a key follows its agent’s current role and status', async ({ h }) => {
    const key = await apiKeyRepository(h.sql).create({ id: 'k-revoke', label: 'Poste voirie 3', role: 'directorate_agent', agentId: 'agent-voirie', directorateId: 'voirie' });
    const call = (path: string) => h.app.request(path, { headers: { authorization: `Bearer ${key}` } });
    expect((await call('/v1/directorates/voirie/queue')).status).toBe(200); // now cached
    // Promoted to supervisor: the same key now reads every directorate's queue.
    await h.sql`update agents set role = 'supervisor', directorate_id = null where id = 'agent-voirie'`;
    await new Promise((r) => setTimeout(r, 150));
    expect((await call('/v1/directorates/proprete/queue')).status).toBe(200);
    // Deactivated: refused.
    await h.sql`update agents set active = false where id = 'agent-voirie'`;
    await new Promise((r) => setTimeout(r, 150));
    expect((await call('/v1/directorates/voirie/queue')).status).toBe(401);
    await h.sql`update agents set active = true, role = 'directorate_agent', directorate_id = 'voirie' where id = 'agent-voirie'`;
    await new Promise((r) => setTimeout(r, 150));
    expect((await call('/v1/directorates/voirie/queue')).status).toBe(200);
    // Revoked: refused on the next request, not 30 s later.
    await h.sql`update api_keys set revoked_at = now() where id = 'k-revoke'`;
    await new Promise((r) => setTimeout(r, 150));
    expect((await call('/v1/directorates/voirie/queue')).status).toBe(401);
  });
});

describe('a directorate sees what reached it', () => {
  test('a case of a type voirie owns is not voirie’s until it is escalated or assigned to one of its agents; the mail room is not theirs', async ({ h }) => {
    const received = await h.newCase({ requestTypeCode: 'VOI-NID-POULE', resident: { givenName: 'Paul', familyName: 'Lenoir', phone: '06 81 82 83 84' } });
    expect((await h.call('GET', `/v1/cases/${received.id}`, { as: 'directorate_agent' })).status).toBe(404);
    const listed = await h.call('GET', '/v1/cases', { as: 'directorate_agent' });
    expect(listed.body.items.map((c: { id: string }) => c.id)).not.toContain(received.id);
    // Assigned to the voirie agent by the counter: theirs.
    await h.call('POST', `/v1/cases/${received.id}/assign`, { body: { assigneeId: 'agent-voirie' } });
    expect((await h.call('GET', `/v1/cases/${received.id}`, { as: 'directorate_agent' })).status).toBe(200);
    // Escalated: the directorate's, for all its agents.
    const other = await h.newCase({ requestTypeCode: 'VOI-ECLAIRAGE' });
    await h.call('POST', `/v1/cases/${other.id}/escalate`, { body: {} });
    const mine = await h.call('GET', '/v1/cases', { as: 'directorate_agent' });
    expect(mine.body.items.map((c: { id: string }) => c.id).sort()).toEqual([received.id, other.id].sort());
    expect((await h.call('GET', '/v1/cases', { as: 'directorate_agent_y' })).body.items).toEqual([]);
    expect((await h.call('GET', '/v1/letters', { as: 'directorate_agent' })).status).toBe(403);
  });
});

describe('a resident’s writes are bounded', () => {
  test('per hour: filing, messages and uploads answer 429 past the limit; a case holds at most 50 files', async () => {
    const h = await createHarness({ limits: { residentCasesPerHour: 2, residentMessagesPerHour: 3, residentUploadsPerHour: 60 } });
    try {
      const c = await h.newCase({ resident: { givenName: 'Aude', familyName: 'Ferrand', phone: '06 91 92 93 94' } });
      const as = { cookie: await residentSession(h, c.residentId, 'cookie-aude-0123456789abcdefghijkl'), 'content-type': 'application/json' };
      const file = (i: number) => h.app.request(`/v1/me/cases/${c.id}/attachments`, { method: 'POST', headers: { cookie: as.cookie }, body: (() => { const f = new FormData(); f.append('file', new Blob([new Uint8Array(Buffer.concat([PNG, Buffer.from([i % 256, i >> 8])]))]), `photo-${i}.png`); return f; })() });
      const filed = [];
      for (let i = 0; i < 3; i++) filed.push((await h.app.request('/v1/me/cases', { method: 'POST', headers: as, body: JSON.stringify({ requestTypeCode: 'PRO-BAC', description: `Bac n°${i}` }) })).status);
      expect(filed).toEqual([201, 201, 429]);
      const messages = [];
      for (let i = 0; i < 4; i++) messages.push((await h.app.request(`/v1/me/cases/${c.id}/messages`, { method: 'POST', headers: as, body: JSON.stringify({ body: `Précision ${i}` }) })).status);
      expect(messages).toEqual([201, 201, 201, 429]);
      const before = await h.count('case_events');
      for (let i = 0; i < 50; i++) expect((await file(i)).status).toBe(201);
      const fiftyFirst = await file(50);
      expect(fiftyFirst.status).toBe(409);
      expect(await fiftyFirst.json()).toMatchObject({ reason: 'too_many_attachments' });
      expect(await h.count('attachments')).toBe(50);
      expect(await h.count('case_events')).toBe(before);
    } finally {
      await h.close();
    }
  }, 60_000);
});

describe('timelines are paginated, never unbounded', () => {
  test('a page at a time, oldest first, every event once; the limit is capped; a forged cursor is a 422', async ({ h }) => {
    const c = await h.newCase({ resident: { givenName: 'Tim', familyName: 'Line', phone: '06 81 82 83 84' } });
    for (let i = 0; i < 7; i++) expect((await h.call('POST', `/v1/cases/${c.id}/events`, { body: { kind: 'note', body: `Note ${i}` } })).status).toBe(201);
    const all = await h.sql<{ id: string }[]>`select id from case_events where case_id = ${c.id} order by created_at, id`;
    expect(all.length).toBeGreaterThanOrEqual(8);
    const seen: string[] = [];
    const sizes: number[] = [];
    let cursor: string | null = null;
    do {
      const page: { status: number; body: { items: { id: string }[]; nextCursor: string | null } } = await h.call('GET', `/v1/cases/${c.id}/events?limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.status).toBe(200);
      sizes.push(page.body.items.length);
      seen.push(...page.body.items.map((e) => e.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.map((e) => e.id));
    expect(sizes.slice(0, -1).every((n) => n === 3)).toBe(true);
    expect((await h.call('GET', `/v1/cases/${c.id}/events?limit=501`)).status).toBe(422);
    const forged = await h.call('GET', `/v1/cases/${c.id}/events?cursor=${Buffer.from(JSON.stringify(["x'; drop table cases; --", 'y'])).toString('base64url')}`);
    expect(forged.status).toBe(422);
    expect(forged.body.invalidFields).toEqual([expect.objectContaining({ path: 'cursor' })]);
  });
});

describe('every read that shows a resident is in their access log', () => {
  test('search results, a resident’s case list, duplicates to review and the directorate queue each log whom they showed', async ({ h }) => {
    const a = await h.newCase({ requestTypeCode: 'VOI-NID-POULE', resident: { givenName: 'Clémence', familyName: 'Aubertin', phone: '06 12 98 76 54' } });
    const b = await h.newCase({ resident: { givenName: 'Clemence', familyName: 'Aubertin', phone: '07 81 98 76 54' } });
    await h.core.store.residents.recordDuplicateCandidate(a.residentId, b.residentId, ['similar_name'], new Date()); // for an agent to review
    await h.call('POST', `/v1/cases/${a.id}/escalate`, { body: {} });
    const purposes = async (residentId: string) => (await h.sql<{ purpose: string }[]>`select purpose from resident_access_log where resident_id = ${residentId} order by id`).map((r) => r.purpose);
    await h.call('GET', `/v1/residents?q=${encodeURIComponent('Aubertin')}`, { headers: { 'x-access-purpose': 'rappel de la demande' } });
    expect(await purposes(a.residentId)).toContain('rappel de la demande');
    expect(await purposes(b.residentId)).toContain('rappel de la demande');
    await h.call('GET', `/v1/cases?residentId=${b.residentId}`);
    expect(await purposes(b.residentId)).toContain('liste de ses demandes');
    const dups = await h.call('GET', '/v1/residents/duplicates');
    expect(dups.body.items.length).toBeGreaterThan(0);
    expect(await purposes(a.residentId)).toContain('doublons à examiner');
    await h.call('GET', '/v1/directorates/voirie/queue', { as: 'directorate_agent' });
    const [queueLine] = await h.sql<{ caseId: string; actor: string }[]>`select case_id, actor from resident_access_log where resident_id = ${a.residentId} and purpose = 'file de la direction'`;
    expect(queueLine).toEqual({ caseId: a.id, actor: 'agent-voirie' });
  });
});
