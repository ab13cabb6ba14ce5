import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../../tests/harness.js';
import { Browser } from '../../../tests/identity/browser.js';
import { withIdentityHarness, KOFI, MARIE, startProvider, type RunningProvider } from '../../../tests/identity/providers.js';

type H = Harness & { close(): Promise<void> };
let fc: RunningProvider;
let fcPlus: RunningProvider;
beforeAll(async () => {
  [fc, fcPlus] = await Promise.all([startProvider('franceconnect', 'franceconnect', [MARIE, KOFI]), startProvider('fcplus', 'franceconnect_plus', [MARIE])]);
});
afterAll(() => Promise.all([fc.mimic.close(), fcPlus.mimic.close()]));

const withHarness = (fn: (h: H) => Promise<void>) => withIdentityHarness([fc, fcPlus], fn);

async function signIn(h: H, account: string, provider = 'franceconnect') {
  const b = new Browser(h.app);
  b.onInteraction = () => ({ login: account });
  const { res } = await b.follow(`/auth/login/${provider}`, { stopAt: (u) => u.pathname === '/espace' });
  expect(res.status).toBe(303);
  const json = async (path: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}) => {
    const r = await b.request(path, {
      method: init.method ?? 'GET',
      headers: { ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}), ...(init.headers ?? {}) },
      ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
    });
    return { status: r.status, body: r.headers.get('content-type')?.includes('json') ? await r.json() : null };
  };
  return { b, json };
}

const MARIE_AT_COUNTER = { givenName: 'Marie', familyName: 'Dupont', birthDate: '1985-04-12', phone: '06 12 34 56 78' };

describe('residents follow their requests', () => {
  it('GET /v1/me/cases lists every case of theirs whatever the channel, and no one else’s', async () => {
    await withHarness(async (h) => {
      const counter = await h.newCase({ channel: 'counter', resident: MARIE_AT_COUNTER });
      const phone = await h.newCase({ channel: 'phone', resident: { id: counter.residentId }, requestTypeCode: 'PRO-BAC' });
      const letter = await h.newCase({ channel: 'postal', resident: { id: counter.residentId }, requestTypeCode: 'TRA-BRUIT' });
      await h.newCase({ channel: 'email', resident: { givenName: 'Kofi', familyName: 'Mensah', email: 'kofi@example.org' } });
      const marie = await signIn(h, 'marie');
      const list = await marie.json('/v1/me/cases');
      expect(list.status).toBe(200);
      expect(list.body.items.map((c: { id: string }) => c.id).sort()).toEqual([counter.id, phone.id, letter.id].sort());
      expect(new Set(list.body.items.map((c: { channel: string }) => c.channel))).toEqual(new Set(['counter', 'phone', 'postal']));
      const one = list.body.items.find((c: { id: string }) => c.id === counter.id);
      expect(one).toMatchObject({ reference: counter.reference, statusLabel: 'Reçue', directorate: { name: expect.any(String) } });
      expect(one.expectedAnswerAt).toEqual(expect.any(String));
      // Kofi signs in: he sees nothing of Marie's.
      const kofi = await signIn(h, 'kofi');
      expect((await kofi.json(`/v1/me/cases/${counter.id}`)).status).toBe(404);
    });
  });

  it('GET /v1/me/cases/{id} shows the public timeline only, never internal notes', async () => {
    await withHarness(async (h) => {
      const c = await h.newCase({ resident: MARIE_AT_COUNTER });
      await h.call('POST', `/v1/cases/${c.id}/events`, { body: { kind: 'note', body: 'Usager connu, très insistant' } });
      await h.call('POST', `/v1/cases/${c.id}/events`, { body: { kind: 'message', body: 'Nous passerons jeudi.' } });
      const marie = await signIn(h, 'marie');
      const detail = await marie.json(`/v1/me/cases/${c.id}`);
      expect(detail.status).toBe(200);
      const text = JSON.stringify(detail.body);
      expect(text).toContain('Nous passerons jeudi.');
      expect(text).not.toContain('insistant');
      expect(detail.body.timeline.every((e: Record<string, unknown>) => !('actorId' in e) && !('data' in e))).toBe(true);
    });
  });

  it('POST /v1/me/cases files a web request once per Idempotency-Key; a sensitive type needs FranceConnect+', async () => {
    await withHarness(async (h) => {
      const marie = await signIn(h, 'marie');
      const body = { requestTypeCode: 'VOI-ECLAIRAGE', description: 'Lampadaire éteint rue des Lilas' };
      const first = await marie.json('/v1/me/cases', { method: 'POST', body, headers: { 'idempotency-key': 'k1' } });
      expect(first.status).toBe(201);
      expect(first.body).toMatchObject({ channel: 'web', status: 'received', trackingCode: expect.any(String) });
      const again = await marie.json('/v1/me/cases', { method: 'POST', body, headers: { 'idempotency-key': 'k1' } });
      expect(again.body.id).toBe(first.body.id);
      expect(await h.count('cases')).toBe(1);

      const aid = { requestTypeCode: 'SOC-AIDE', description: "Demande d'aide pour la cantine" };
      const low = await marie.json('/v1/me/cases', { method: 'POST', body: aid });
      expect(low.status).toBe(403);
      expect(low.body).toMatchObject({ code: 'insufficient_assurance', requiredAcr: 'eidas2' });
      expect(low.body.detailFr).toMatch(/FranceConnect\+/);
      expect(await h.count('cases')).toBe(1);
      const strong = await signIn(h, 'marie', 'fcplus');
      expect((await strong.json('/v1/me/cases', { method: 'POST', body: aid })).status).toBe(201);
      // Two issuers make two identities, both linked to Marie's one record on her certified attributes.
      expect((await strong.json('/v1/me/cases')).body.items).toHaveLength(2);
    });
  });

  it('answering a question resumes the case and its paused deadline; a resolved case can be reopened', async () => {
    await withHarness(async (h) => {
      const c = await h.newCase({ resident: MARIE_AT_COUNTER });
      await h.call('POST', `/v1/cases/${c.id}/escalate`, { body: {} });
      const asked = await h.call('POST', `/v1/cases/${c.id}/status`, { body: { status: 'awaiting_resident', message: "Pouvez-vous préciser l'adresse ?" } });
      expect(asked.body.deadlineState).toBe('paused');
      const marie = await signIn(h, 'marie');
      expect((await marie.json(`/v1/me/cases/${c.id}`)).body.awaitingResident).toBe(true);
      const answer = await marie.json(`/v1/me/cases/${c.id}/messages`, { method: 'POST', body: { body: 'Devant le 12 rue des Lilas' } });
      expect(answer.status).toBe(201);
      expect(answer.body.case).toMatchObject({ status: 'escalated', awaitingResident: false });
      expect(answer.body.event).toMatchObject({ type: 'resident_message', message: 'Devant le 12 rue des Lilas', byResident: true });
      // The escalation workflow hears it through the outbox.
      const [signal] = await h.sql<{ kind: string }[]>`select kind from outbox where case_id = ${c.id} order by id desc limit 1`;
      expect(signal!.kind).toBe('resumed');
      // The agent sees the answer on the full timeline.
      const events = await h.call('GET', `/v1/cases/${c.id}/events`);
      expect(events.body.items.map((e: { type: string }) => e.type)).toContain('resident_message');

      expect((await marie.json(`/v1/me/cases/${c.id}/reopen`, { method: 'POST', body: { reason: 'Toujours là' } })).status).toBe(409);
      await h.call('POST', `/v1/cases/${c.id}/status`, { body: { status: 'resolved', message: 'Réparé' } });
      const reopened = await marie.json(`/v1/me/cases/${c.id}/reopen`, { method: 'POST', body: { reason: 'Le trou est revenu' } });
      expect(reopened.status).toBe(200);
      expect(reopened.body.status).toBe('in_progress');
      await h.call('POST', `/v1/cases/${c.id}/status`, { body: { status: 'rejected', message: 'Doublon' } });
      const closed = await marie.json(`/v1/me/cases/${c.id}/messages`, { method: 'POST', body: { body: 'Et alors ?' } });
      expect(closed.status).toBe(409);
      expect(closed.body.detailFr).toMatch(/nouvelle demande/);
    });
  });

  it('GET /v1/me/access-log lists who read the file, when and why', async () => {
    await withHarness(async (h) => {
      const c = await h.newCase({ resident: MARIE_AT_COUNTER });
      await h.call('GET', `/v1/residents/${c.residentId}`, { headers: { 'x-access-purpose': 'appel entrant' } });
      await h.call('GET', `/v1/cases/${c.id}`, { as: 'supervisor' });
      const marie = await signIn(h, 'marie');
      // Her own reads are not "someone looked at my file".
      await marie.json(`/v1/me/cases/${c.id}`);
      const log = await marie.json('/v1/me/access-log');
      expect(log.status).toBe(200);
      expect(log.body.items).toHaveLength(2);
      expect(log.body.items[0]).toMatchObject({ roleLabel: 'Superviseur', caseId: c.id });
      expect(log.body.items[1]).toMatchObject({ roleLabel: "Agent d'accueil", purpose: 'appel entrant', caseId: null });
      expect(log.body.items[1].who).toEqual(expect.any(String));
    });
  });
});
