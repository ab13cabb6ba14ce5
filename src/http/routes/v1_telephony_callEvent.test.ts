import { describe, expect, test } from '../../../tests/harness.js';

describe('POST /v1/telephony/calls (screen pop)', () => {
  test('answers the residents holding the caller number, in any format, with their open cases', async ({ h }) => {
    const open = await h.newCase({ resident: { givenName: 'Hélène', familyName: 'Roux', phone: '06 12 34 56 78' } });
    const done = await h.newCase({ resident: { id: open.residentId }, requestTypeCode: 'PRO-COLLECTE', resolution: { articleId: 'collecte-dechets' } });
    expect(done.status).toBe('resolved');
    await h.newCase({ resident: { givenName: 'Autre', familyName: 'Personne', phone: '07 00 00 00 01' } });
    const pop = await h.call('POST', '/v1/telephony/calls', { body: { callId: 'c-1', event: 'ringing', callerNumber: '+33 6 12 34 56 78' } });
    expect(pop.status).toBe(200);
    expect(pop.body.caller).toBe('+33612345678');
    expect(pop.body.residents).toHaveLength(1);
    expect(pop.body.residents[0]).toMatchObject({ id: open.residentId, familyName: 'Roux' });
    expect(pop.body.residents[0].openCases.map((c: { id: string }) => c.id)).toEqual([open.id]);
  });

  test('records the call once per event on the record, and logs every read as an incoming call, at the server’s time', async ({ h }) => {
    const c = await h.newCase({ resident: { givenName: 'Hélène', familyName: 'Roux', phone: '0612345678' } });
    // A repeated report and a back-dated one: shown each time, logged each time, never at the caller's time.
    for (let i = 0; i < 2; i++) await h.call('POST', '/v1/telephony/calls', { body: { callId: 'c-2', event: 'ringing', callerNumber: '0612345678', at: '2020-01-01T00:00:00Z' } });
    await h.call('POST', '/v1/telephony/calls', { body: { callId: 'c-2', event: 'answered', callerNumber: '0612345678' } });
    expect(await h.count('phone_calls')).toBe(2);
    const record = await h.call('GET', `/v1/residents/${c.residentId}`);
    expect(record.body.recentCalls.map((x: { event: string }) => x.event).sort()).toEqual(['answered', 'ringing']);
    const [log] = await h.sql<{ n: number; oldest: Date }[]>`select count(*)::int as n, min(accessed_at) as oldest from resident_access_log where resident_id = ${c.residentId} and purpose = 'appel entrant'`;
    expect(log!.n).toBe(3);
    expect(Date.now() - log!.oldest.getTime()).toBeLessThan(60_000);
    // The agent then records the request with channel phone, on the right person.
    const created = await h.newCase({ channel: 'phone', resident: { id: c.residentId } });
    expect(created.channel).toBe('phone');
  });

  test('a withheld or unknown number pops nothing but is still recorded; bad input is a 422; directorate agents may not', async ({ h }) => {
    const withheld = await h.call('POST', '/v1/telephony/calls', { body: { callId: 'c-3', event: 'ringing', callerNumber: 'anonymous' } });
    expect(withheld.body).toEqual({ caller: null, residents: [] });
    const unknown = await h.call('POST', '/v1/telephony/calls', { body: { callId: 'c-4', event: 'ringing', callerNumber: '0199999999' } });
    expect(unknown.body.residents).toEqual([]);
    expect(await h.count('phone_calls')).toBe(2);
    expect((await h.call('POST', '/v1/telephony/calls', { body: { callId: 'c-5', event: 'hangup', callerNumber: '0612345678' } })).status).toBe(422);
    expect((await h.call('POST', '/v1/telephony/calls', { body: { callId: 'c-5', event: 'ringing', callerNumber: '06', at: 'hier' } })).status).toBe(422);
    expect((await h.call('POST', '/v1/telephony/calls', { as: 'directorate_agent', body: { callId: 'c-6', event: 'ringing', callerNumber: '0612345678' } })).status).toBe(403);
  });
});
