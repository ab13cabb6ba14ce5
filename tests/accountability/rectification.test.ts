import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../harness.js';
import { waitFor } from '../eventually.js';
import { smtpPeer } from '../promises/smtp-peer.js';
import { smsPeer } from '../promises/sms-peer.js';
import { residentSession } from '../resident-session.js';

/**
 * Rectification by the resident: an address or a number added from their space stays unverified — trusted for
 * nothing — until the link sent to it (at a real SMTP relay, a real SMS gateway) is followed; a point removed is gone.
 */
let h: Harness & { close(): Promise<void> };
let relay: Awaited<ReturnType<typeof smtpPeer>>;
let gateway: Awaited<ReturnType<typeof smsPeer>>;
beforeAll(async () => {
  relay = await smtpPeer();
  gateway = await smsPeer();
  h = await createHarness({ email: { sender: relay.sender, config: { domain: 'ville.example', defaultRequestTypeCode: 'REL-INFORMATION', autoRepliesPerSenderPerHour: 5 } }, sms: gateway.option });
});
afterAll(async () => {
  await h.close();
  await relay.close();
  await gateway.close();
});

describe('rectification of contact points by the resident (RGPD art. 16)', () => {
  it('adds an address verified only by its link, a number by SMS; removes one of theirs, never another’s', async () => {
    const mine = await h.newCase({ resident: { givenName: 'Rémi', familyName: 'Lefort', phone: '06 21 21 21 21' } });
    const other = await h.newCase({ resident: { givenName: 'Anne', familyName: 'Autre', phone: '06 31 31 31 31' } });
    const cookie = await residentSession(h, mine.residentId, 'remi-session-0123456789');
    const post = (body: unknown) => h.app.request('/v1/me/contact-points', { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: JSON.stringify(body) });

    const added = await post({ kind: 'email', value: 'Remi.Lefort@Example.fr' });
    expect(added.status).toBe(201);
    const point = await added.json();
    expect(point).toMatchObject({ kind: 'email', value: 'Remi.Lefort@Example.fr', verified: false, confirmationSent: true });
    expect(await h.sql`select verified, provenance from contact_points where id = ${point.id}`).toEqual([{ verified: false, provenance: 'resident' }]);
    const mail = await waitFor(() => relay.to('remi.lefort@example.fr')[0]);
    expect(mail.subject).toBe('[Mairie] Confirmez votre adresse');
    const link = /http:\/\/localhost:8080(\/confirmer\/[A-Za-z0-9_-]+)/.exec(mail.text!)![1]!;
    // Opening the link confirms nothing; the button does.
    expect((await h.app.request(link)).status).toBe(200);
    expect(await h.sql`select verified from contact_points where id = ${point.id}`).toEqual([{ verified: false }]);
    expect((await h.app.request(link, { method: 'POST' })).status).toBe(200);
    expect(await h.sql`select verified, verified_by from contact_points where id = ${point.id}`).toEqual([{ verified: true, verifiedBy: 'confirmation' }]);

    const phone = await post({ kind: 'phone', value: '07 12 34 56 78' });
    expect(phone.status).toBe(201);
    const text = await waitFor(() => gateway.sms.find((s) => s.to === '+33712345678'));
    expect(text.text).toMatch(/^Mairie : confirmez que ce numéro est le vôtre : http:\/\/localhost:8080\/confirmer\/[A-Za-z0-9_-]+$/);

    expect((await post({ kind: 'email', value: 'remi.lefort@example.fr' })).status).toBe(409);
    expect((await post({ kind: 'email', value: 'pas une adresse' })).status).toBe(422);
    expect((await post({ kind: 'postal_address', value: '1 rue X' })).status).toBe(422);

    // Removing: theirs goes (and off their cases), another's answers like a missing one.
    const [oldPhone] = await h.sql<{ id: string }[]>`select id from contact_points where resident_id = ${mine.residentId} and normalized = '+33621212121'`;
    const del = (id: string) => h.app.request(`/v1/me/contact-points/${id}`, { method: 'DELETE', headers: { cookie } });
    expect((await del(oldPhone!.id)).status).toBe(204);
    expect(await h.sql`select 1 from contact_points where id = ${oldPhone!.id}`).toHaveLength(0);
    expect(await h.sql`select 1 from cases where ${oldPhone!.id}::uuid = any(contact_point_ids)`).toHaveLength(0);
    const [theirs] = await h.sql<{ id: string }[]>`select id from contact_points where resident_id = ${other.residentId}`;
    expect((await del(theirs!.id)).status).toBe(404);
    expect(await h.sql`select 1 from contact_points where id = ${theirs!.id}`).toHaveLength(1);
    expect((await h.call('POST', '/v1/me/contact-points', { body: { kind: 'email', value: 'x@example.fr' } })).status).toBe(403);
  });
});
