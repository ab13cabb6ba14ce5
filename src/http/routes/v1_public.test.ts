import { describe, expect, test } from '../../../tests/harness.js';

const FORM = { requestTypeCode: 'VOI-ECLAIRAGE', description: 'Lampadaire éteint devant le 3 rue Haute' };

describe('anonymous requests from the city website', () => {
  test('POST /v1/public/cases answers the reference and tracking code; GET follows it without personal data', async ({ h }) => {
    const filed = await h.call('POST', '/v1/public/cases', {
      as: null,
      body: { ...FORM, resident: { givenName: 'Lucie', familyName: 'Bernard', email: 'lucie.bernard@example.fr' } },
      headers: { 'x-forwarded-for': '203.0.113.7' },
    });
    expect(filed.status).toBe(201);
    expect(filed.body).toMatchObject({ reference: expect.stringMatching(/^\d{2}-/), trackingCode: expect.any(String), channel: 'web', statusLabel: 'Reçue' });
    expect(filed.body.expectedAnswerAt).toEqual(expect.any(String));
    expect(filed.body.directorate.name).toBeTruthy();
    const { reference, trackingCode } = filed.body;
    // An agent answers; the tracking page shows the step, not the words.
    const [row] = await h.sql<{ id: string }[]>`select id from cases where reference = ${reference}`;
    await h.call('POST', `/v1/cases/${row!.id}/status`, { body: { status: 'in_progress' } });
    await h.call('POST', `/v1/cases/${row!.id}/events`, { body: { kind: 'message', body: 'Madame Bernard, nous intervenons demain.' } });
    // Typed on a phone: lower case, no dashes.
    const code = trackingCode.toLowerCase().replace(/-/g, '');
    const tracked = await h.call('GET', `/v1/public/cases/${reference}?code=${code}`, { as: null });
    expect(tracked.status).toBe(200);
    expect(tracked.body).toMatchObject({ reference, status: 'in_progress', statusLabel: 'En cours de traitement' });
    expect(tracked.body.timeline.map((e: { statusLabel?: string }) => e.statusLabel).filter(Boolean)).toContain('En cours de traitement');
    const text = JSON.stringify(tracked.body);
    for (const personal of ['Lucie', 'Bernard', 'lucie.bernard', 'Lampadaire', 'intervenons']) expect(text, personal).not.toContain(personal);
  });

  test('a wrong tracking code answers the same 404 as an unknown reference, and guessing is rate-limited', async ({ h }) => {
    const filed = await h.call('POST', '/v1/public/cases', { as: null, body: FORM, headers: { 'x-forwarded-for': '203.0.113.8' } });
    const { reference } = filed.body;
    const guesser = { 'x-forwarded-for': '198.51.100.23' };
    const wrong = await h.call('GET', `/v1/public/cases/${reference}?code=AAAA-BBBB-CCCC`, { as: null, headers: guesser });
    const unknown = await h.call('GET', `/v1/public/cases/26-ZZZZ-ZZZZ?code=AAAA-BBBB-CCCC`, { as: null, headers: guesser });
    expect(wrong.status).toBe(404);
    const strip = (b: Record<string, unknown>) => ({ ...b, instance: undefined, requestId: undefined });
    expect(strip(wrong.body)).toEqual(strip(unknown.body));
    expect(wrong.body.detailFr).toMatch(/Aucune demande/);
    for (let i = 2; i < 10; i++) expect((await h.call('GET', `/v1/public/cases/${reference}?code=AAAA-BBBB-CCC${i}`, { as: null, headers: guesser })).status).toBe(404);
    const blocked = await h.call('GET', `/v1/public/cases/${reference}?code=${filed.body.trackingCode}`, { as: null, headers: guesser });
    expect(blocked.status).toBe(429);
    expect(blocked.contentType).toBe('application/problem+json');
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    // Strangers cannot lock the owner out: from the owner's own address the right code still works.
    const owner = await h.call('GET', `/v1/public/cases/${reference}?code=${filed.body.trackingCode}`, { as: null, headers: { 'x-forwarded-for': '192.0.2.1' } });
    expect(owner.status).toBe(200);
    // The reference itself has a slow backstop: a hundred wrong guesses an hour from many addresses.
    for (let i = 0; i < 91; i++) await h.call('GET', `/v1/public/cases/${reference}?code=AAAA-BBBB-D${String(i).padStart(3, '0')}`, { as: null, headers: { 'x-forwarded-for': `192.0.2.${10 + (i % 100)}` } });
    const backstop = await h.call('GET', `/v1/public/cases/${reference}?code=${filed.body.trackingCode}`, { as: null, headers: { 'x-forwarded-for': '192.0.2.250' } });
    expect(backstop.status).toBe(429);
    // Another case is unaffected for its owner.
    const other = await h.call('POST', '/v1/public/cases', { as: null, body: FORM, headers: { 'x-forwarded-for': '203.0.113.9' } });
    expect((await h.call('GET', `/v1/public/cases/${other.body.reference}?code=${other.body.trackingCode}`, { as: null, headers: { 'x-forwarded-for': '203.0.113.9' } })).status).toBe(200);
  });

  test('filing is rate-limited per address with a clear 429; a retry with the same Idempotency-Key is one case', async ({ h }) => {
    const me = { 'x-forwarded-for': '203.0.113.50' };
    const first = await h.call('POST', '/v1/public/cases', { as: null, body: FORM, headers: { ...me, 'idempotency-key': 'form-1' } });
    const retry = await h.call('POST', '/v1/public/cases', { as: null, body: FORM, headers: { ...me, 'idempotency-key': 'form-1' } });
    expect(retry.status).toBe(201);
    expect(retry.body.trackingCode).toBe(first.body.trackingCode);
    // The same key from another address is another visitor: never their tracking code.
    const stranger = await h.call('POST', '/v1/public/cases', { as: null, body: FORM, headers: { 'x-forwarded-for': '203.0.113.51', 'idempotency-key': 'form-1' } });
    expect(stranger.body.trackingCode).not.toBe(first.body.trackingCode);
    for (let i = 2; i < 10; i++) expect((await h.call('POST', '/v1/public/cases', { as: null, body: FORM, headers: me })).status).toBe(201);
    const limited = await h.call('POST', '/v1/public/cases', { as: null, body: FORM, headers: me });
    expect(limited.status).toBe(429);
    expect(limited.body).toMatchObject({ code: 'rate_limited', detailFr: expect.stringMatching(/Réessayez plus tard/) });
    expect(await h.count('cases')).toBe(10);
    expect((await h.call('POST', '/v1/public/cases', { as: null, body: FORM, headers: { 'x-forwarded-for': '203.0.113.52' } })).status).toBe(201);
  });

  test('bad input is a 422 problem; a sensitive request type cannot be filed anonymously', async ({ h }) => {
    const bad = await h.call('POST', '/v1/public/cases', { as: null, body: { ...FORM, requestTypeCode: 'NOPE' } });
    expect(bad.status).toBe(422);
    const extra = await h.call('POST', '/v1/public/cases', { as: null, body: { ...FORM, channel: 'counter' } });
    expect(extra.status).toBe(422);
    const sensitive = await h.call('POST', '/v1/public/cases', { as: null, body: { requestTypeCode: 'SOC-AIDE', description: 'Aide' } });
    expect(sensitive.status).toBe(403);
    expect(sensitive.body.code).toBe('insufficient_assurance');
    expect(await h.count('cases')).toBe(0);
  });
});
