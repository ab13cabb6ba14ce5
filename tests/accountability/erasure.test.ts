import { describe, expect, test } from '../harness.js';
import { residentSession } from '../resident-session.js';

/**
 * The right to erasure on a written request: what the city must keep stays, with the reason the resident is given;
 * the rest is anonymised by the retention path; with nothing held, the record is emptied — the resident is no longer
 * found by name, phone or email, and their session ends.
 */
describe('the right to erasure (RGPD art. 17)', () => {
  test('closed cases anonymised, open ones and appealable decisions held and explained; then, with nothing held, the record emptied', async ({ h }) => {
    const first = await h.newCase({ channel: 'phone', resident: { givenName: 'Élise', familyName: 'Roussel', phone: '06 44 55 66 77', email: 'elise.roussel@example.fr' } });
    const residentId = first.residentId as string;
    const closed = await h.newCase({ resident: { id: residentId } });
    const decision = await h.newCase({ requestTypeCode: 'VOI-OCCUPATION', extra: { dateSouhaitee: '2026-12-20' }, description: 'Benne', resident: { id: residentId } });
    await h.sql`update cases set status = 'closed', updated_at = now() - interval '1 year' where id = ${closed.id}`;
    await h.sql`update cases set status = 'rejected', updated_at = now() - interval '10 days' where id = ${decision.id}`;
    const cookie = await residentSession(h, residentId, 'elise-session-0123456789');

    const res = await h.call('POST', `/v1/residents/${residentId}/erasure`, { body: { reason: 'Courrier du 2 décembre 2026' } });
    expect(res.status).toBe(200);
    expect(res.body.recordErased).toBe(false);
    expect(res.body.anonymised).toEqual([closed.reference]);
    expect(res.body.held.map((x: { reference: string }) => x.reference).sort()).toEqual([first.reference, decision.reference].sort());
    expect(res.body.held.find((x: { reference: string }) => x.reference === first.reference).reasonFr).toBe('La demande est en cours de traitement : elle est conservée jusqu’à sa clôture.');
    expect(res.body.held.find((x: { reference: string }) => x.reference === decision.reference).reasonFr).toMatch(/^La demande a donné lieu à une décision qui peut encore être contestée : elle est conservée jusqu’au \d+(er)? \S+ \d{4}\.$/);
    expect(res.body.explanationFr).toContain('sauf pour 2 demandes que la ville doit conserver');
    expect(await h.sql`select description, resident_id from cases where id = ${closed.id}`).toEqual([{ description: '[anonymisé]', residentId: null }]);
    expect(await h.sql`select description from cases where id = ${first.id}`).toEqual([{ description: 'Un trou dans la chaussée' }]);
    // The record stays while something is held: found, signed in.
    expect((await h.call('GET', '/v1/residents?q=elise%20roussel')).body.items.map((i: { resident: { id: string } }) => i.resident.id)).toContain(residentId);
    expect((await h.app.request('/v1/me', { headers: { cookie } })).status).toBe(200);
    expect(await h.sql`select purpose from resident_access_log where resident_id = ${residentId} and purpose like 'effacement%'`).toEqual([{ purpose: 'effacement (RGPD art. 17) : Courrier du 2 décembre 2026' }]);

    // Later: the open case is closed, the decision can no longer be challenged; erased again, nothing is held.
    await h.sql`update cases set status = 'closed', updated_at = now() - interval '1 year' where id in ${h.sql([first.id, decision.id])}`;
    const again = await h.call('POST', `/v1/residents/${residentId}/erasure`, { body: { reason: 'Relance du 2 juin 2027' } });
    expect(again.body).toMatchObject({ recordErased: true, held: [], explanationFr: 'Vos données ont été effacées : vos demandes sont anonymisées et votre dossier vidé.' });
    expect(again.body.anonymised.sort()).toEqual([first.reference, decision.reference].sort());
    expect(await h.sql`select given_name, family_name, birth_date from residents where id = ${residentId}`).toEqual([{ givenName: 'Anonyme', familyName: 'Anonyme', birthDate: null }]);
    expect(await h.sql`select 1 from contact_points where resident_id = ${residentId}`).toHaveLength(0);
    expect(await h.sql`select 1 from identities where resident_id = ${residentId}`).toHaveLength(0);
    for (const q of ['elise%20roussel', '0644556677', 'elise.roussel%40example.fr']) expect((await h.call('GET', `/v1/residents?q=${q}`)).body.items).toEqual([]);
    expect((await h.app.request('/v1/me', { headers: { cookie } })).status).toBe(401);
    expect(await h.sql`select * from case_events_tampered`).toHaveLength(0);
    // Bad requests.
    expect((await h.call('POST', `/v1/residents/${residentId}/erasure`, { body: { reason: '' } })).status).toBe(422);
    expect((await h.call('POST', `/v1/residents/00000000-0000-7000-8000-000000000000/erasure`, { body: { reason: 'x' } })).status).toBe(404);
    expect((await h.call('POST', `/v1/residents/${residentId}/erasure`, { as: 'directorate_agent', body: { reason: 'x' } })).status).toBe(403);
  });
});
