import { describe, expect, test } from '../../../tests/harness.js';
import { TEST_KEYS } from '../../../tests/setup/test-keys.js';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

function letter(fields: Record<string, string>, scan: Buffer = PDF, name = 'lettre.pdf'): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.append(k, v);
  f.append('file', new Blob([new Uint8Array(scan)]), name);
  return f;
}
const FIELDS = { requestTypeCode: 'URB-PERMIS', description: 'Courrier au sujet du permis de construire', givenName: 'Jean', familyName: 'Moulin', postalAddress: '3 rue des Écoles, 75005 Paris' };

describe('POST /v1/postal-mail', () => {
  test('records the letter as a postal case with the scan attached, and the sender with their address', async ({ h }) => {
    const res = await h.app.request('/v1/postal-mail', { method: 'POST', headers: { authorization: `Bearer ${TEST_KEYS.counter_agent}` }, body: letter(FIELDS) });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { id: string; channel: string; residentId: string; scanAttachmentId: string };
    expect(body.channel).toBe('postal');
    const scan = await h.app.request(`/v1/cases/${body.id}/attachments/${body.scanAttachmentId}`, { headers: { authorization: `Bearer ${TEST_KEYS.counter_agent}` } });
    expect(Buffer.from(await scan.arrayBuffer()).equals(PDF)).toBe(true);
    const resident = await h.call('GET', `/v1/residents/${body.residentId}`);
    expect(resident.body.contactPoints).toEqual([expect.objectContaining({ kind: 'postal_address', value: '3 rue des Écoles, 75005 Paris' })]);
  });

  test('a scan that is not a PDF or an image writes nothing; missing fields are a 422; integrators may not', async ({ h }) => {
    const exe = await h.app.request('/v1/postal-mail', { method: 'POST', headers: { authorization: `Bearer ${TEST_KEYS.counter_agent}` }, body: letter(FIELDS, Buffer.from('MZ\x90\x00 not a letter'), 'scan.pdf') });
    expect(exe.status).toBe(415);
    const noType = await h.app.request('/v1/postal-mail', { method: 'POST', headers: { authorization: `Bearer ${TEST_KEYS.counter_agent}` }, body: letter({ description: 'x' }) });
    expect(noType.status).toBe(422);
    const halfName = await h.app.request('/v1/postal-mail', { method: 'POST', headers: { authorization: `Bearer ${TEST_KEYS.counter_agent}` }, body: letter({ ...FIELDS, givenName: '' }) });
    expect(halfName.status).toBe(422);
    const integrator = await h.app.request('/v1/postal-mail', { method: 'POST', headers: { authorization: `Bearer ${TEST_KEYS.integrator}` }, body: letter(FIELDS) });
    expect(integrator.status).toBe(403);
    expect(await h.count('cases')).toBe(0);
    expect(await h.count('attachments')).toBe(0);
  });
});
