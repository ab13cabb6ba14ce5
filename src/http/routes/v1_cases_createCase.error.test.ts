import { describe, expect, test } from '../../../tests/harness.js';

const valid = { channel: 'phone', requestTypeCode: 'VOI-NID-POULE', description: 'Trou' };

async function countRows(h: { sql: any }) {
  const [r] = await h.sql`select (select count(*) from cases)::int as cases, (select count(*) from residents)::int as residents,
    (select count(*) from case_events)::int as events, (select count(*) from contact_points)::int as contacts`;
  return r;
}

describe('POST /v1/cases — bad input', () => {
  test('answers 422 problem+json listing every invalid field', async ({ h }) => {
    const res = await h.call('POST', '/v1/cases', { body: { channel: 'fax', description: '' } });
    expect(res.status).toBe(422);
    expect(res.contentType).toBe('application/problem+json');
    expect(res.body).toMatchObject({ type: 'http://localhost:8080/problems/validation-failed', status: 422, code: 'validation_failed' });
    const paths = res.body.invalidFields.map((f: { path: string }) => f.path).sort();
    expect(paths).toEqual(['channel', 'description', 'requestTypeCode']);
  });

  test('each invalid body is refused with its field named and nothing written', async ({ h }) => {
    const cases: [Record<string, unknown>, string][] = [
      [{ ...valid, requestTypeCode: 'NOPE' }, 'requestTypeCode'],
      [{ ...valid, surprise: 1 }, ''],
      [{ ...valid, resident: { givenName: 'Ana', familyName: 'Bo', phone: '12' } }, 'resident.phone'],
      [{ ...valid, resident: { givenName: 'Ana', familyName: 'Bo', email: 'nope' } }, 'resident.email'],
      [{ ...valid, resident: { givenName: 'Ana', familyName: 'Bo', birthDate: '31/12/1990' } }, 'resident'],
      [{ ...valid, resident: { id: '01936f0e-5b1c-7c3a-9a1e-2f4b5c6d7e8f' } }, 'resident.id'],
      [{ ...valid, location: { latitude: 45 } }, 'location'],
      [{ ...valid, location: { postcode: '6900' } }, 'location.postcode'],
      [{ ...valid, requestTypeCode: 'VOI-OCCUPATION' }, 'extra.dateSouhaitee'],
      [{ ...valid, requestTypeCode: 'EC-ACTE-NAISSANCE', resolution: { articleId: 'nope' } }, 'resolution.articleId'],
      [{ ...valid, resolution: { articleId: 'acte-naissance' } }, 'resolution'],
    ];
    const before = await countRows(h);
    for (const [body, field] of cases) {
      const res = await h.call('POST', '/v1/cases', { body });
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(res.contentType).toBe('application/problem+json');
      const paths: string[] = res.body.invalidFields.map((f: { path: string }) => f.path);
      expect(paths.some((p) => p.startsWith(field)), `${field} in ${paths.join(',')}`).toBe(true);
    }
    expect(await countRows(h)).toEqual(before);
  });

  test('a failure after the resident was created rolls everything back (no partial write)', async ({ h }) => {
    const before = await countRows(h);
    // The inline resident is valid and gets inserted before the article lookup fails.
    const res = await h.call('POST', '/v1/cases', {
      body: { ...valid, resident: { givenName: 'Rollback', familyName: 'Test', phone: '0600000001' }, requestTypeCode: 'EC-ACTE-NAISSANCE', resolution: { articleId: 'acte-naissance' }, extra: {} },
    });
    expect(res.status).toBe(201);
    const bad = await h.call('POST', '/v1/cases', {
      body: { ...valid, resident: { givenName: 'Other', familyName: 'Person', phone: '0600000002' }, extra: { x: 'y' }, requestTypeCode: 'VOI-OCCUPATION' },
    });
    expect(bad.status).toBe(422);
    const after = await countRows(h);
    expect(after.cases).toBe(before.cases + 1);
    expect(after.residents).toBe(before.residents + 1);
  });

  test('bad JSON → 400, wrong content type → 415, oversized → 413, all problem+json', async ({ h }) => {
    const badJson = await h.call('POST', '/v1/cases', { rawBody: '{"channel":', headers: { 'content-type': 'application/json' } });
    expect(badJson.status).toBe(400);
    expect(badJson.contentType).toBe('application/problem+json');
    const text = await h.call('POST', '/v1/cases', { rawBody: 'channel=phone', headers: { 'content-type': 'text/plain' } });
    expect(text.status).toBe(415);
    expect(text.contentType).toBe('application/problem+json');
    const big = await h.call('POST', '/v1/cases', { body: { ...valid, description: 'x'.repeat(100 * 1024) } });
    expect(big.status).toBe(413);
    expect(big.contentType).toBe('application/problem+json');
    expect(big.body.code).toBe('payload_too_large');
    const n = await h.count('cases');
    expect(n).toBe(0);
  });

  test('the same Idempotency-Key with another body answers 422 and creates nothing more', async ({ h }) => {
    const first = await h.call('POST', '/v1/cases', { body: valid, headers: { 'idempotency-key': 'k1' } });
    expect(first.status).toBe(201);
    const other = await h.call('POST', '/v1/cases', { body: { ...valid, description: 'Autre chose' }, headers: { 'idempotency-key': 'k1' } });
    expect(other.status).toBe(422);
    expect(other.body.code).toBe('idempotency_key_reused');
    const n = await h.count('cases');
    expect(n).toBe(1);
  });

  test('hostile strings are stored as text, never interpreted', async ({ h }) => {
    const description = "'); drop table cases; -- <script>alert(1)</script> ${7*7} {{7*7}}";
    const res = await h.newCase({ description, resident: { givenName: "Robert'); --", familyName: 'Tables' } });
    const back = await h.call('GET', `/v1/cases/${res.id}`);
    expect(back.body.description).toBe(description);
  });

  test('a NUL byte in text is refused with a 4xx, not a 500', async ({ h }) => {
    const res = await h.call('POST', '/v1/cases', { body: { ...valid, description: 'a\u0000b' } });
    expect(res.status).toBe(422);
  });
});
