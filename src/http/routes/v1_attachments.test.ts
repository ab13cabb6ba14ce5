import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../../tests/harness.js';
import { Browser } from '../../../tests/identity/browser.js';
import { identityConfig, MARIE, startProvider, type RunningProvider } from '../../../tests/identity/providers.js';
import { TEST_KEYS } from '../../../tests/setup/test-keys.js';

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082', 'hex');
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]);

type H = Harness & { close(): Promise<void> };
let fc: RunningProvider;
let h: H;
let marie: Browser;
beforeAll(async () => {
  fc = await startProvider('franceconnect', 'franceconnect', [MARIE]);
  h = await createHarness({ identity: identityConfig(fc), maxAttachmentBytes: 64 * 1024 });
  marie = new Browser(h.app);
  marie.onInteraction = () => ({ login: 'marie' });
  await h.newCase({ resident: { givenName: 'Marie', familyName: 'Dupont', birthDate: '1985-04-12', phone: '0612345678' } });
  await marie.follow('/auth/login/franceconnect', { stopAt: (u) => u.pathname === '/espace' });
});
afterAll(async () => {
  await h.close();
  await fc.mimic.close();
});

function form(bytes: Buffer, name: string): FormData {
  const f = new FormData();
  f.append('file', new Blob([new Uint8Array(bytes)]), name);
  return f;
}
const agentUpload = (caseId: string, bytes: Buffer, name: string) =>
  h.app.request(`/v1/cases/${caseId}/attachments`, { method: 'POST', headers: { authorization: `Bearer ${TEST_KEYS.counter_agent}` }, body: form(bytes, name) });

describe('attachments', () => {
  it('the mail room attaches a scanned letter; the type comes from the bytes and the download is the same file', async () => {
    const c = await h.newCase({ channel: 'postal' });
    const res = await agentUpload(c.id, PDF, 'courrier du 3 mars.pdf');
    expect(res.status).toBe(201);
    const a = (await res.json()) as { id: string; contentType: string; filename: string; size: number };
    expect(a).toMatchObject({ contentType: 'application/pdf', filename: 'courrier du 3 mars.pdf', size: PDF.length });
    const events = await h.call('GET', `/v1/cases/${c.id}/events`);
    expect(events.body.items.at(-1)).toMatchObject({ type: 'attachment_added', visibility: 'internal' });
    const down = await h.app.request(`/v1/cases/${c.id}/attachments/${a.id}`, { headers: { authorization: `Bearer ${TEST_KEYS.supervisor}` } });
    expect(down.status).toBe(200);
    expect(down.headers.get('content-type')).toBe('application/pdf');
    expect(down.headers.get('content-disposition')).toMatch(/^attachment;/);
    expect(down.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await down.arrayBuffer()).equals(PDF)).toBe(true);
  });

  it('a renamed executable is refused (415), whatever its name; a misnamed photo is stored under its real type', async () => {
    const c = await h.newCase();
    const exe = await agentUpload(c.id, EXE, 'facture.pdf');
    expect(exe.status).toBe(415);
    expect(exe.headers.get('content-type')).toBe('application/problem+json');
    const text = await agentUpload(c.id, Buffer.from('bonjour'), 'note.txt');
    expect(text.status).toBe(415);
    const png = await agentUpload(c.id, PNG, '../../etc/passwd.pdf');
    expect(png.status).toBe(201);
    expect(await png.json()).toMatchObject({ contentType: 'image/png', filename: 'passwd.png' });
    const [row] = await h.sql<{ n: number }[]>`select count(*)::int as n from attachments where case_id = ${c.id}`;
    expect(row!.n).toBe(1);
  });

  it('too large is a 413 problem and nothing is stored', async () => {
    const c = await h.newCase();
    const before = await h.count('attachments');
    const big = Buffer.concat([PDF, Buffer.alloc(70 * 1024, 0x20)]);
    const res = await agentUpload(c.id, big, 'gros.pdf');
    expect(res.status).toBe(413);
    expect((await res.json()).code).toBe('payload_too_large');
    expect(await h.count('attachments')).toBe(before);
    const none = await h.app.request(`/v1/cases/${c.id}/attachments`, { method: 'POST', headers: { authorization: `Bearer ${TEST_KEYS.counter_agent}` }, body: new FormData() });
    expect(none.status).toBe(422);
  });

  it('a resident sends a photo with an answer; it is on their public timeline and only theirs', async () => {
    const mine = ((await (await marie.request('/v1/me/cases')).json()) as { items: { id: string }[] }).items[0]!;
    const up = await marie.request(`/v1/me/cases/${mine.id}/attachments`, { method: 'POST', body: form(PNG, 'trou.png') as never });
    expect(up.status).toBe(201);
    const { id } = (await up.json()) as { id: string };
    const msg = await marie.request(`/v1/me/cases/${mine.id}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ body: 'Voici la photo', attachmentIds: [id] }),
    });
    expect(msg.status).toBe(201);
    const detail = (await (await marie.request(`/v1/me/cases/${mine.id}`)).json()) as { timeline: { attachments?: { id: string }[] }[] };
    expect(detail.timeline.flatMap((e) => e.attachments ?? []).map((a) => a.id)).toEqual([id]);
    const back = await marie.request(`/v1/me/cases/${mine.id}/attachments/${id}`);
    expect(Buffer.from(await back.arrayBuffer()).equals(PNG)).toBe(true);
    // Sent once: the same file cannot ride on a second message, nor on another case.
    const again = await marie.request(`/v1/me/cases/${mine.id}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ body: 'Encore', attachmentIds: [id] }),
    });
    expect(again.status).toBe(422);
    // An internal scan on her case stays internal.
    const internal = (await (await agentUpload(mine.id, PDF, 'note interne.pdf')).json()) as { id: string };
    expect((await marie.request(`/v1/me/cases/${mine.id}/attachments/${internal.id}`)).status).toBe(404);
    // Reading it as an agent is in her access log.
    await h.app.request(`/v1/cases/${mine.id}/attachments/${id}`, { headers: { authorization: `Bearer ${TEST_KEYS.supervisor}` } });
    const log = (await (await marie.request('/v1/me/access-log')).json()) as { items: { purpose: string | null }[] };
    expect(log.items.map((e) => e.purpose)).toContain('pièce jointe');
  });
});
