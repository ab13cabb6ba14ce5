import { describe, expect, test } from '../harness.js';
import { residentSession } from '../resident-session.js';

/**
 * Every creating POST honours Idempotency-Key: a retry after a lost answer — or two retries racing — creates one
 * thing and answers the first result, marked `Idempotent-Replayed: true`; the same key on another request is refused.
 */
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000' + '1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082', 'hex');
const upload = (name: string) => {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(PNG)]), name);
  return form;
};

describe('Idempotency-Key on creating POSTs', () => {
  test('a note or message: sent twice, and twice at once, written once', async ({ h }) => {
    const c = await h.newCase();
    const send = (key: string, body = 'Nous passons jeudi.') =>
      h.call('POST', `/v1/cases/${c.id}/events`, { headers: { 'idempotency-key': key }, body: { kind: 'message', body } });
    const first = await send('msg-1');
    const retry = await send('msg-1');
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(retry.body).toEqual(first.body);
    const racing = await Promise.all([send('msg-2', 'Deuxième'), send('msg-2', 'Deuxième'), send('msg-2', 'Deuxième')]);
    expect(new Set(racing.map((r) => r.body.id)).size).toBe(1);
    expect(racing.filter((r) => r.headers.get('idempotent-replayed') === 'true')).toHaveLength(2);
    expect(await h.sql`select 1 from case_events where case_id = ${c.id} and type = 'message_sent'`).toHaveLength(2);
    // The key names one request: reused for another, it is refused and writes nothing.
    const reused = await send('msg-1', 'Un autre message');
    expect(reused.status).toBe(422);
    expect(reused.body.type).toContain('idempotency-key-reused');
  });

  test('an attachment uploaded twice with the same key is stored once', async ({ h }) => {
    const c = await h.newCase();
    const send = () => h.app.request(`/v1/cases/${c.id}/attachments`, { method: 'POST', headers: { authorization: 'Bearer test-key-counter-agent', 'idempotency-key': 'scan-1' }, body: upload('scan.png') });
    const [a, b] = [await send(), await send()];
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(b.headers.get('idempotent-replayed')).toBe('true');
    expect(((await b.json()) as { id: string }).id).toBe(((await a.json()) as { id: string }).id);
    expect(await h.sql`select 1 from attachments where case_id = ${c.id}`).toHaveLength(1);
    expect(await h.sql`select 1 from case_events where case_id = ${c.id} and type = 'attachment_added'`).toHaveLength(1);
  });

  test('a resident’s message and upload from a flaky phone connection land once', async ({ h }) => {
    const c = await h.newCase({ resident: { givenName: 'Lina', familyName: 'Perrin', email: 'lina.perrin@example.fr' } });
    const cookie = await residentSession(h, c.residentId, 'cookie-idempotency-0123456789abcdef');
    const headers = (key: string) => ({ cookie, origin: 'http://localhost:8080', 'idempotency-key': key });
    const up = () => h.app.request(`/v1/me/cases/${c.id}/attachments`, { method: 'POST', headers: headers('photo-1'), body: upload('photo.png') });
    const [u1, u2] = [await up(), await up()];
    expect(u2.headers.get('idempotent-replayed')).toBe('true');
    const attachmentId = ((await u1.json()) as { id: string }).id;
    expect(((await u2.json()) as { id: string }).id).toBe(attachmentId);
    const post = () =>
      h.app.request(`/v1/me/cases/${c.id}/messages`, {
        method: 'POST',
        headers: { ...headers('message-1'), 'content-type': 'application/json' },
        body: JSON.stringify({ body: 'Voici la photo.', attachmentIds: [attachmentId] }),
      });
    const [m1, m2] = [await post(), await post()];
    expect([m1.status, m2.status]).toEqual([201, 201]);
    expect(m2.headers.get('idempotent-replayed')).toBe('true');
    expect(await h.sql`select 1 from case_events where case_id = ${c.id} and type = 'resident_message'`).toHaveLength(1);
  });

  test('a webhook subscription made twice is one subscription, its secret given again to the same caller', async ({ h }) => {
    const body = { url: 'http://127.0.0.1:9/hooks', eventTypes: ['case.created'] };
    const make = () => h.call('POST', '/v1/webhook-subscriptions', { as: 'integrator', headers: { 'idempotency-key': 'sub-1' }, body });
    const [a, b] = [await make(), await make()];
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(b.headers.get('idempotent-replayed')).toBe('true');
    expect(b.body).toEqual(a.body);
    expect(await h.count('webhook_subscriptions')).toBe(1);
    // Another caller with the same key makes its own.
    const other = await h.call('POST', '/v1/webhook-subscriptions', { as: 'admin', headers: { 'idempotency-key': 'sub-1' }, body });
    expect(other.status).toBe(201);
    expect(other.body.id).not.toBe(a.body.id);
  });
});
