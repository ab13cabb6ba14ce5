import { describe, expect, test } from '../harness.js';
import { TEST_KEYS } from '../setup/test-keys.js';
import { pdfText } from '../pdf-text.js';

const CODE = /code de suivi\s+([A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4})/;

/** Residents without an online account get a tracking code on whatever they receive; the code is stored only as a hash. */
describe('the tracking code reaches every resident', () => {
  test('the counter receipt and the postal acknowledgement letter carry a code that follows the request at /suivi', async ({ h }) => {
    const c = await h.newCase({ channel: 'counter', resident: { givenName: 'Anne', familyName: 'Perrin', phone: '06 12 12 12 12' } });
    const receipt = await h.app.request(`/v1/cases/${c.id}/acknowledgement.pdf`, { headers: { authorization: `Bearer ${TEST_KEYS.counter_agent}` } });
    expect(receipt.status).toBe(200);
    const text = pdfText(Buffer.from(await receipt.arrayBuffer()));
    expect(text).toContain(`http://localhost:8080/suivi/${c.reference}`);
    const code = CODE.exec(text)?.[1];
    expect(code).toBeDefined();
    // The printed code works, and so does the one shown at creation: each issued code stays valid.
    expect((await h.call('GET', `/v1/public/cases/${c.reference}?code=${code}`, { as: null })).status).toBe(200);
    expect((await h.call('GET', `/v1/public/cases/${c.reference}?code=${c.trackingCode}`, { as: null })).status).toBe(200);
    // The follow-up link asks for the code in French (the page is walked in a browser in tests/web), then shows the request.
    const page = await h.app.request(`/suivi/${c.reference}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<label for="code">Code de suivi');
    const shown = await h.app.request('/suivi', { method: 'POST', body: new URLSearchParams({ reference: c.reference, code: code! }) });
    expect(shown.status).toBe(200);
    expect(await shown.text()).toContain(`<h1>Votre demande ${c.reference}</h1>`);
    // Nothing but hashes is kept.
    const stored = JSON.stringify(await h.sql`select * from case_tracking_codes where case_id = ${c.id}`);
    expect(stored).not.toContain(code!);

    // A postal request: the acknowledgement is a letter for the mail room, with a code of its own.
    const posted = await h.newCase({ channel: 'postal', resident: { givenName: 'Paul', familyName: 'Ravel', postalAddress: '4 quai Sud, 69002 Lyon' } });
    await h.notifications.dispatchOnce();
    const letters = (await h.call('GET', '/v1/letters')).body.items as { id: string; reference: string; kind: string }[];
    const letter = letters.find((l) => l.reference === posted.reference)!;
    expect(letter.kind).toBe('acknowledgement');
    const pdf = await h.app.request(`/v1/letters/${letter.id}/letter.pdf`, { headers: { authorization: `Bearer ${TEST_KEYS.counter_agent}` } });
    const letterText = pdfText(Buffer.from(await pdf.arrayBuffer()));
    expect(letterText).toContain('Paul Ravel');
    const letterCode = CODE.exec(letterText)?.[1];
    expect((await h.call('GET', `/v1/public/cases/${posted.reference}?code=${letterCode}`, { as: null })).status).toBe(200);
    // A wrong code still answers like an unknown reference.
    expect((await h.call('GET', `/v1/public/cases/${posted.reference}?code=AAAA-BBBB-CCCC`, { as: null })).status).toBe(404);
  });
});
