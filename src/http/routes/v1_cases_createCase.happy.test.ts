import { describe, expect, test } from '../../../tests/harness.js';
import type { CreateCaseResponse } from './v1_cases_createCase.js';

describe('POST /v1/cases', () => {
  test('records a request from every channel with a reference and a tracking code', async ({ h }) => {
    const refs = new Set<string>();
    for (const channel of ['postal', 'phone', 'email', 'counter', 'web', 'social']) {
      const res = await h.call<CreateCaseResponse>('POST', '/v1/cases', {
        body: { channel, requestTypeCode: 'PRO-DEPOT-SAUVAGE', description: `Dépôt sauvage signalé par ${channel}` },
      });
      expect(res.status).toBe(201);
      expect(res.body.channel).toBe(channel);
      expect(res.body.status).toBe('received');
      expect(res.body.statusLabel).toBe('Reçue');
      expect(res.body.reference).toMatch(/^\d{2}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
      expect(res.body.trackingCode).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
      expect(res.body.directorateId).toBe('proprete');
      expect(res.headers.get('location')).toBe(`/v1/cases/${res.body.id}`);
      expect(res.headers.get('etag')).toBe('"1"');
      refs.add(res.body.reference);
    }
    expect(refs.size).toBe(6);
    const n = await h.count('cases');
    expect(n).toBe(6);
  });

  test('keeps location, priority and extra fields, and writes a public creation event', async ({ h }) => {
    const res = await h.call('POST', '/v1/cases', {
      body: {
        channel: 'web',
        requestTypeCode: 'VOI-OCCUPATION',
        description: 'Déménagement, besoin de deux places',
        location: { address: '12 rue des Lilas', postcode: '69003', latitude: 45.76, longitude: 4.85 },
        priority: 'high',
        extra: { dateSouhaitee: '2026-12-12' },
      },
    });
    expect(res.status).toBe(201);
    expect(res.body.location).toEqual({ address: '12 rue des Lilas', postcode: '69003', latitude: 45.76, longitude: 4.85 });
    expect(res.body.priority).toBe('high');
    expect(res.body.extra).toEqual({ dateSouhaitee: '2026-12-12' });
    const events = await h.call('GET', `/v1/cases/${res.body.id}/events`);
    expect(events.body.items).toHaveLength(1);
    expect(events.body.items[0]).toMatchObject({ type: 'case_created', visibility: 'public', data: { channel: 'web' } });
  });

  test('creates a resident described inline, and reuses them when name and a contact point match', async ({ h }) => {
    const first = await h.newCase({ resident: { givenName: 'François', familyName: 'Dupont', phone: '06 12 34 56 78' } });
    expect(first.residentOutcome).toBe('created');
    const second = await h.newCase({ resident: { givenName: 'francois', familyName: 'DUPONT', phone: '+33612345678', email: 'f.dupont@exemple.fr' } });
    expect(second.residentOutcome).toBe('matched');
    expect(second.residentId).toBe(first.residentId);
    const record = await h.call('GET', `/v1/residents/${first.residentId}`);
    expect(record.body.cases.map((c: { id: string }) => c.id)).toEqual([second.id, first.id]);
    expect(record.body.contactPoints.map((c: { kind: string }) => c.kind).sort()).toEqual(['email', 'phone']);
    const n = await h.count('residents');
    expect(n).toBe(1);
  });

  test('never merges silently: a shared phone with a similar name makes a new record flagged as a possible duplicate', async ({ h }) => {
    const first = await h.newCase({ resident: { givenName: 'Marie', familyName: 'Martin', phone: '06 11 22 33 44' } });
    const second = await h.newCase({ resident: { givenName: 'Marie-Claire', familyName: 'Martin', phone: '06 11 22 33 44' } });
    expect(second.residentOutcome).toBe('created_possible_duplicate');
    expect(second.residentId).not.toBe(first.residentId);
    const dups = await h.call('GET', '/v1/residents/duplicates');
    expect(dups.body.items).toHaveLength(1);
    expect(dups.body.items[0].reasons).toEqual(['shared_phone']);
    const ids = [dups.body.items[0].residentA.id, dups.body.items[0].residentB.id].sort();
    expect(ids).toEqual([first.residentId, second.residentId].sort());
  });

  test('attaches an existing resident by id, following a merged record to its survivor', async ({ h }) => {
    const a = await h.newCase({ resident: { givenName: 'Léa', familyName: 'Bernard', email: 'lea@exemple.fr' } });
    const res = await h.newCase({ resident: { id: a.residentId } });
    expect(res.residentId).toBe(a.residentId);
    expect(res.residentOutcome).toBe('existing');
  });

  test('resolves a simple request at once and records the knowledge article (first-contact resolution)', async ({ h }) => {
    const res = await h.call('POST', '/v1/cases', {
      body: {
        channel: 'counter',
        requestTypeCode: 'EC-ACTE-NAISSANCE',
        description: "Comment obtenir un acte de naissance ?",
        resolution: { articleId: 'acte-naissance', answer: 'Demande en ligne expliquée, gratuite.' },
      },
    });
    expect(res.status).toBe(201);
    expect(res.body.status).toBe('resolved');
    expect(res.body.answeredByArticleId).toBe('acte-naissance');
    expect(res.body.assigneeId).toBe('agent-accueil');
    const events = await h.call('GET', `/v1/cases/${res.body.id}/events`);
    expect(events.body.items.map((e: { type: string }) => e.type)).toEqual(['case_created', 'status_changed']);
    expect(events.body.items[1].data).toMatchObject({ firstContactResolution: true, knowledgeArticleId: 'acte-naissance', to: 'resolved' });
  });

  test('a retry with the same Idempotency-Key returns the first case and creates nothing', async ({ h }) => {
    const body = { channel: 'phone', requestTypeCode: 'VOI-ECLAIRAGE', description: 'Lampadaire éteint', resident: { givenName: 'Paul', familyName: 'Roux', phone: '0698765432' } };
    const headers = { 'idempotency-key': 'retry-1' };
    const first = await h.call('POST', '/v1/cases', { body, headers });
    const again = await h.call('POST', '/v1/cases', { body, headers });
    expect(again.status).toBe(201);
    expect(again.body.id).toBe(first.body.id);
    expect(again.body.trackingCode).toBe(first.body.trackingCode);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    const n = await h.count('cases');
    expect(n).toBe(1);
  });

  test('concurrent retries with the same key still make one case', async ({ h }) => {
    const body = { channel: 'email', requestTypeCode: 'PRO-TAG', description: 'Tag sur la façade de l’école' };
    const replies = await Promise.all(
      Array.from({ length: 8 }, () => h.call('POST', '/v1/cases', { body, headers: { 'idempotency-key': 'race' } })),
    );
    expect(replies.map((r) => r.status)).toEqual(Array(8).fill(201));
    expect(new Set(replies.map((r) => r.body.id)).size).toBe(1);
    const n = await h.count('cases');
    expect(n).toBe(1);
  });

  test('the same key from another API key is another request', async ({ h }) => {
    const body = { channel: 'web', requestTypeCode: 'PRO-TAG', description: 'Tag' };
    const a = await h.call('POST', '/v1/cases', { body, headers: { 'idempotency-key': 'k' }, as: 'counter_agent' });
    const b = await h.call('POST', '/v1/cases', { body, headers: { 'idempotency-key': 'k' }, as: 'integrator' });
    expect(a.body.id).not.toBe(b.body.id);
  });
});
