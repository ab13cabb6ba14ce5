import { describe, expect, test } from '../../../tests/harness.js';

describe('GET /v1/residents/{id}', () => {
  test('shows every case of the resident across channels, newest first, and logs the access', async ({ h }) => {
    const resident = { givenName: 'Amina', familyName: 'Diallo', email: 'amina@exemple.fr', phone: '07 11 22 33 44' };
    const a = await h.newCase({ channel: 'email', resident });
    const b = await h.newCase({ channel: 'phone', requestTypeCode: 'PRO-ENCOMBRANTS', resident: { id: a.residentId } });
    const c = await h.newCase({ channel: 'postal', requestTypeCode: 'EC-ACTE-NAISSANCE', resident: { id: a.residentId } });
    await h.newCase({ resident: { givenName: 'Autre', familyName: 'Personne' } });
    const res = await h.call('GET', `/v1/residents/${a.residentId}`, { headers: { 'x-access-purpose': 'appel entrant' } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ givenName: 'Amina', familyName: 'Diallo', mergedInto: null });
    expect(res.body.cases.map((x: { id: string }) => x.id)).toEqual([c.id, b.id, a.id]);
    expect(res.body.cases.map((x: { channel: string }) => x.channel)).toEqual(['postal', 'phone', 'email']);
    expect(res.body.cases[0].statusLabel).toBe('Reçue');
    const log = await h.sql`select actor, role, purpose from resident_access_log where resident_id = ${a.residentId}`;
    expect(log).toEqual([{ actor: 'agent-accueil', role: 'counter_agent', purpose: 'appel entrant' }]);
  });

  test('unknown → 404, malformed → 422', async ({ h }) => {
    expect((await h.call('GET', '/v1/residents/01936f0e-5b1c-7c3a-9a1e-2f4b5c6d7e8f')).status).toBe(404);
    expect((await h.call('GET', '/v1/residents/nope')).status).toBe(422);
  });

  test('integrators and directorate agents may not read resident records', async ({ h }) => {
    const a = await h.newCase({ resident: { givenName: 'Amina', familyName: 'Diallo' } });
    expect((await h.call('GET', `/v1/residents/${a.residentId}`, { as: 'integrator' })).status).toBe(403);
    expect((await h.call('GET', `/v1/residents/${a.residentId}`, { as: 'directorate_agent' })).status).toBe(403);
    const n = await h.count('resident_access_log');
    expect(n).toBe(0);
  });
});
