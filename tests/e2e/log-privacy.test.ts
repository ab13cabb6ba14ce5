import { describe, expect, test } from '../harness.js';
import { TEST_KEYS } from '../setup/test-keys.js';

/** Known personal values go through every kind of request; none may appear in the logs. */
const SECRET = {
  givenName: 'Gwendoline',
  familyName: 'Quimperlé-Zanotti',
  email: 'gwendoline.zanotti@exemple-prive.fr',
  phone: '06 98 76 54 32',
  phoneE164: '+33698765432',
  address: '17 impasse des Hirondelles',
  description: 'Mon voisin Théophraste dépose ses ordures devant chez moi',
  note: 'Résidente très inquiète, rappeler au 0698765432',
};

describe('logs', () => {
  test('never contain names, emails, phone numbers, message text or API keys', async ({ h }) => {
    const created = await h.call('POST', '/v1/cases', {
      body: {
        channel: 'phone',
        requestTypeCode: 'PRO-DEPOT-SAUVAGE',
        description: SECRET.description,
        location: { address: SECRET.address },
        resident: { givenName: SECRET.givenName, familyName: SECRET.familyName, email: SECRET.email, phone: SECRET.phone, postalAddress: SECRET.address },
      },
      headers: { 'idempotency-key': 'privacy-1' },
    });
    expect(created.status).toBe(201);
    const id = created.body.id;
    await h.call('POST', `/v1/cases/${id}/events`, { body: { kind: 'note', body: SECRET.note } });
    await h.call('POST', `/v1/cases/${id}/status`, { body: { status: 'awaiting_resident', message: SECRET.note } });
    for (const q of [SECRET.familyName, SECRET.email, SECRET.phone, SECRET.phoneE164, `${SECRET.givenName} ${SECRET.familyName}`]) {
      const res = await h.call('GET', `/v1/residents?q=${encodeURIComponent(q)}`);
      expect(res.status).toBe(200);
    }
    await h.call('GET', `/v1/residents/${created.body.residentId}`, { headers: { 'x-access-purpose': SECRET.givenName } });
    // Failures too: validation errors, bad JSON carrying personal data, unauthenticated calls.
    await h.call('POST', '/v1/cases', { body: { channel: 'fax', description: SECRET.description, resident: { givenName: SECRET.givenName, familyName: SECRET.familyName, email: 'x' } } });
    await h.call('POST', '/v1/cases', { rawBody: `{"description": "${SECRET.description}"`, headers: { 'content-type': 'application/json' } });
    await h.call('GET', `/v1/residents?q=${encodeURIComponent(SECRET.email)}`, { as: null, headers: { authorization: `Bearer ${SECRET.email}` } });

    const logs = h.logs();
    expect(logs.split('\n').filter(Boolean).length).toBeGreaterThanOrEqual(12);
    const forbidden = [
      SECRET.givenName,
      SECRET.familyName,
      'Zanotti',
      SECRET.email,
      'exemple-prive',
      SECRET.phone,
      SECRET.phoneE164,
      '0698765432',
      SECRET.address,
      'Hirondelles',
      'Théophraste',
      'inquiète',
      ...Object.values(TEST_KEYS),
      created.body.trackingCode,
    ];
    for (const value of forbidden) expect(logs, value).not.toContain(value);
    // And the lines are useful: method, route pattern, status, timing, request id.
    const line = JSON.parse(logs.split('\n').find((l) => l.includes('"route":"/v1/cases"'))!);
    expect(line).toMatchObject({ method: 'POST', route: '/v1/cases', status: 201 });
    expect(typeof line.ms).toBe('number');
    expect(typeof line.requestId).toBe('string');
  });
});
