import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { MARIE } from '../identity/providers.js';
import { expectAccessible, startSite, tabTo, watchRequests, type Site } from './site.js';

/**
 * The residents' pages walked in a real browser as residents would: filing without an account (keyboard only),
 * following with the code, signing in through FranceConnect, answering a question with a PDF, reopening, the
 * access log, signing out. Each state is checked with axe-core, and no request leaves the site.
 */
let site: Site;
beforeAll(async () => {
  site = await startSite([MARIE], { franceConnectPlus: true });
}, 120_000);
afterAll(() => site?.close());

/** The smallest PNG, and a PDF as the file-type detector recognises it. */
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000' + '1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082', 'hex');
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

const text = (page: Page, selector: string) => page.locator(selector).innerText();
const dateFr = (iso: string) => new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'Europe/Paris' }).format(new Date(iso));

async function newPage(): Promise<{ page: Page; watch: ReturnType<typeof watchRequests> }> {
  const context = await site.browser.newContext({ locale: 'fr-FR' });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  return { page, watch: watchRequests(page, site.origin) };
}

describe('residents’ pages in a real browser', { timeout: 120_000 }, () => {
  test('filing without an account, keyboard only, then following the request with its code', async () => {
    const { page, watch } = await newPage();
    await page.goto(`${site.origin}/`);
    expect(await page.title()).toBe('Vos demandes à la mairie — Mairie');
    await expectAccessible(page, 'home');

    // The first Tab reaches the skip link, which takes the keyboard to the content.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Aller au contenu');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('contenu');

    await tabTo(page, 'a[href="/demande"]');
    await Promise.all([page.waitForURL(`${site.origin}/demande`), page.keyboard.press('Enter')]);
    expect(await page.locator('h2').allInnerTexts()).toContain('Voirie');
    await expectAccessible(page, 'the list of request types');

    // The search works without JavaScript: a GET form, accents and case ignored.
    await tabTo(page, '#q');
    await page.keyboard.type('POULE');
    await Promise.all([page.waitForURL(/\/demande\?q=POULE$/), page.keyboard.press('Enter')]);
    expect(await text(page, '[role=status]')).toBe('1 démarche(s) pour « POULE ».');
    await tabTo(page, 'a[href="/demande/VOI-NID-POULE"]');
    await Promise.all([page.waitForURL(`${site.origin}/demande/VOI-NID-POULE`), page.keyboard.press('Enter')]);
    expect(await text(page, 'h1')).toBe('Nid-de-poule ou chaussée dégradée');
    await expectAccessible(page, 'the form');

    // Sent with mistakes: the page names each wrong field, next to it and in a summary linking to it.
    await tabTo(page, '#location-postcode');
    await page.keyboard.type('7501');
    await tabTo(page, '#resident-email');
    await page.keyboard.type('marie.dupont@example.fr');
    await tabTo(page, 'button[type=submit]');
    await Promise.all([page.waitForLoadState('load'), page.keyboard.press('Enter')]);
    await page.waitForSelector('.error-summary');
    expect(await page.title()).toBe('Erreur : Nid-de-poule ou chaussée dégradée — Mairie');
    expect(await page.locator('.error-summary a').evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.textContent]))).toEqual([
      ['#description', 'Indiquez la description de votre demande.'],
      ['#location-postcode', 'Le code postal a cinq chiffres, par exemple 75011.'],
      ['#resident-givenName', 'Indiquez votre prénom.'],
      ['#resident-familyName', 'Indiquez votre nom.'],
    ]);
    expect(await page.getAttribute('#location-postcode', 'aria-describedby')).toBe('location-postcode-erreur');
    expect(await page.getAttribute('#location-postcode', 'aria-invalid')).toBe('true');
    expect(await page.locator('#location-postcode-erreur').textContent()).toBe('Erreur : Le code postal a cinq chiffres, par exemple 75011.');
    // What was typed is still there.
    expect(await page.inputValue('#resident-email')).toBe('marie.dupont@example.fr');
    await expectAccessible(page, 'the form with errors');

    // Corrected with the keyboard, a photo attached.
    await tabTo(page, '#description');
    await page.keyboard.type('Un trou profond devant le 12, dangereux pour les vélos.');
    await tabTo(page, '#location-postcode');
    await page.keyboard.press('End');
    await page.keyboard.type('1');
    await page.setInputFiles('#file', { name: 'trou.png', mimeType: 'image/png', buffer: PNG });
    await tabTo(page, '#resident-givenName');
    await page.keyboard.type('Marie');
    await tabTo(page, '#resident-familyName');
    await page.keyboard.type('Dupont');
    await tabTo(page, 'button[type=submit]');
    await Promise.all([page.waitForLoadState('load'), page.keyboard.press('Enter')]);
    await page.waitForSelector('.receipt');
    expect(await text(page, 'h1')).toBe('Votre demande est enregistrée');
    const [reference, code] = await page.locator('.receipt dd.code').allInnerTexts();
    expect(reference).toMatch(/^\d{2}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    await expectAccessible(page, 'the receipt');

    // What the city received: the request, its place, the photo, and contact points nobody verified.
    const [filed] = await site.h.sql<{ id: string; channel: string; location: { postcode: string }; residentId: string }[]>`select id, channel, location, resident_id from cases where reference = ${reference!}`;
    expect(filed).toMatchObject({ channel: 'web', location: { postcode: '75011' } });
    const files = await site.h.sql<{ filename: string; contentType: string; size: number }[]>`select filename, content_type, size from attachments where case_id = ${filed!.id}`;
    expect(files).toEqual([{ filename: 'trou.png', contentType: 'image/png', size: PNG.length }]);
    const points = await site.h.sql<{ kind: string; provenance: string; verifiedAt: Date | null }[]>`select kind, provenance, verified_at from contact_points where resident_id = ${filed!.residentId}`;
    expect(points).toEqual([{ kind: 'email', provenance: 'web_form', verifiedAt: null }]);

    // Following it from the link every message carries: a wrong code and an unknown reference read the same.
    await page.goto(`${site.origin}/suivi/${reference}`);
    expect(await page.inputValue('#reference')).toBe(reference);
    await tabTo(page, '#code');
    await page.keyboard.type('AAAA-BBBB-CCCC');
    await Promise.all([page.waitForLoadState('load'), page.keyboard.press('Enter')]);
    const wrongCode = await page.locator('#code-erreur').textContent();
    expect(wrongCode).toBe('Erreur : Aucune demande ne correspond à cette référence et à ce code de suivi.');
    await expectAccessible(page, 'the follow-up with a wrong code');
    await page.fill('#reference', '26-ZZZZ-ZZZZ');
    await page.fill('#code', code!);
    await Promise.all([page.waitForLoadState('load'), page.click('button[type=submit]')]);
    expect(await page.locator('#code-erreur').textContent()).toBe(wrongCode);

    await page.fill('#reference', reference!.toLowerCase());
    await page.fill('#code', code!.replace(/-/g, ''));
    await Promise.all([page.waitForLoadState('load'), page.click('button[type=submit]')]);
    expect(await text(page, 'h1')).toBe(`Votre demande ${reference}`);
    const api = await site.h.call('GET', `/v1/public/cases/${reference}?code=${code}`, { as: null });
    const summary = await page.locator('dl.summary').innerText();
    expect(summary).toContain('Reçue');
    expect(summary).toContain(api.body.directorate.name);
    expect(summary).toContain(`Nous vous répondrons au plus tard le ${dateFr(api.body.expectedAnswerAt)} (délai compté en jours ouvrés).`);
    expect(await page.locator('ol.timeline li strong').allInnerTexts()).toEqual(['Demande reçue', 'Pièce jointe envoyée']);
    // The anonymous follow-up shows no personal data: not the description, not the file's name.
    const body = await page.locator('main').innerText();
    expect(body).not.toContain('Un trou profond');
    expect(body).not.toContain('trou.png');
    await expectAccessible(page, 'the follow-up');

    expect(watch.offsite()).toEqual([]);
    expect(watch.cspViolations).toEqual([]);
    await page.context().close();
  });

  test('filing works with JavaScript turned off', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}/demande/VOI-ECLAIRAGE`);
    await page.fill('#description', 'Le lampadaire devant l’école est éteint depuis trois jours.');
    await Promise.all([page.waitForLoadState('load'), page.click('button[type=submit]')]);
    expect(await text(page, 'h1')).toBe('Votre demande est enregistrée');
    await context.close();
  });

  test('a signed-in resident files, answers a question with a PDF, reopens, sees who read the record, signs out', async () => {
    const { page, watch } = await newPage();
    await page.goto(`${site.origin}/espace`);
    expect(await text(page, 'h1')).toBe('Mon espace');
    await expectAccessible(page, 'the sign-in page');

    // FranceConnect, with the keyboard; the demo provider's page lists its identities.
    await tabTo(page, 'a.button');
    await Promise.all([page.waitForURL(/\/interaction\//), page.keyboard.press('Enter')]);
    await Promise.all([page.waitForURL(`${site.origin}/espace`), page.click('text=Marie Dupont')]);
    expect(await text(page, 'h1')).toBe('Mes demandes');
    expect(await text(page, 'main')).toContain('Vous n’avez pas encore de demande.');
    await expectAccessible(page, 'an empty space');

    await page.click('nav[aria-label="Mon espace"] >> text=Faire une demande');
    await page.click('a[href="/espace/nouvelle-demande/PRO-ENCOMBRANTS"]');
    await page.fill('#description', 'Un canapé et une armoire à enlever.');
    await Promise.all([page.waitForURL(/\/espace\/demandes\/[0-9a-f-]{36}\?fait=deposee$/), page.click('button[type=submit]')]);
    expect(await text(page, '.notice.success')).toBe('Votre demande est enregistrée.');
    const caseId = /demandes\/([0-9a-f-]{36})/.exec(page.url())![1]!;

    // The service takes it and asks a question: the page says the city waits, and the form answers it.
    expect((await site.h.call('POST', `/v1/cases/${caseId}/status`, { body: { status: 'in_progress' } })).status).toBe(200);
    const asked = await site.h.call('POST', `/v1/cases/${caseId}/status`, { body: { status: 'awaiting_resident', message: 'Pouvez-vous préciser l’étage et envoyer la liste ?' } });
    expect(asked.status).toBe(200);
    await page.goto(`${site.origin}/espace/demandes/${caseId}`);
    expect(await text(page, '.notice[role=status]')).toContain('Le service attend votre réponse.');
    expect(await page.locator('ol.timeline blockquote').allInnerTexts()).toContain('Pouvez-vous préciser l’étage et envoyer la liste ?');
    expect(await text(page, '#ecrire')).toBe('Répondre au service');
    await expectAccessible(page, 'a question to answer');

    await tabTo(page, '#body');
    await page.keyboard.type('Troisième étage, la liste est jointe.');
    await page.setInputFiles('#file', { name: 'liste.pdf', mimeType: 'application/pdf', buffer: PDF });
    await Promise.all([page.waitForURL(/\?fait=envoye$/), page.click('#ecrire ~ form button[type=submit]')]);
    expect(await text(page, '.notice.success')).toBe('Votre message a été transmis au service.');
    // The answer hands the case back: no longer waiting, the deadline runs again.
    const afterAnswer = await site.h.call('GET', `/v1/cases/${caseId}`);
    expect(afterAnswer.body.status).toBe('in_progress');
    expect(afterAnswer.body.deadlineState).not.toBe('paused');
    const answer = page.locator('ol.timeline li', { hasText: 'Votre message' });
    expect(await answer.locator('blockquote').innerText()).toBe('Troisième étage, la liste est jointe.');
    const [download] = await Promise.all([page.waitForEvent('download'), answer.locator('a', { hasText: 'liste.pdf' }).click()]);
    expect(download.suggestedFilename()).toBe('liste.pdf');
    const saved = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of saved) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).equals(PDF)).toBe(true);

    // Resolved; the resident is not satisfied and reopens — a reason is needed.
    expect((await site.h.call('POST', `/v1/cases/${caseId}/status`, { body: { status: 'resolved', message: 'Enlèvement prévu le 10 décembre.' } })).status).toBe(200);
    await page.goto(`${site.origin}/espace/demandes/${caseId}`);
    expect(await text(page, 'dl.summary')).toContain('Traitée');
    await Promise.all([page.waitForLoadState('load'), page.click('#rouvrir ~ form button[type=submit]')]);
    expect(await page.locator('.error-summary a').evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.textContent]))).toEqual([['#reason', 'Indiquez la raison.']]);
    await expectAccessible(page, 'reopening with a missing reason');
    await page.fill('#reason', 'Personne n’est passé le 10 décembre.');
    await Promise.all([page.waitForURL(/\?fait=rouverte$/), page.click('#rouvrir ~ form button[type=submit]')]);
    expect(await text(page, 'dl.summary')).toContain('En cours de traitement');
    expect((await site.h.call('GET', `/v1/cases/${caseId}`)).body.status).toBe('in_progress');

    // A sensitive request needs FranceConnect+: the page says so and the stronger sign-in comes back to the form.
    const strong = await page.goto(`${site.origin}/espace/nouvelle-demande/SOC-AIDE`);
    expect(strong!.status()).toBe(403);
    await expectAccessible(page, 'a request that needs FranceConnect+');
    await Promise.all([page.waitForURL(/\/interaction\//), page.click('text=S’identifier avec FranceConnect+')]);
    await Promise.all([page.waitForURL(`${site.origin}/espace/nouvelle-demande/SOC-AIDE`), page.click('text=Marie Dupont')]);
    await page.fill('#description', 'Demande d’aide pour la cantine de mes enfants.');
    await Promise.all([page.waitForURL(/\?fait=deposee$/), page.click('button[type=submit]:has-text("Envoyer ma demande")')]);
    const sensitive = await site.h.call('GET', `/v1/cases/${/demandes\/([0-9a-f-]{36})/.exec(page.url())![1]}`);
    expect(sensitive.body).toMatchObject({ requestTypeCode: 'SOC-AIDE', channel: 'web' });
    const back = await page.goto(`${site.origin}/espace/demandes/${caseId}`);
    expect(back!.status()).toBe(200);

    // Who read the record: the counter agent's reads above are in the log, with their purpose.
    await page.click('text=Retour à mes demandes');
    await page.click('text=Qui a consulté mon dossier');
    const rows = await page.locator('tbody tr').allInnerTexts();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.includes('Agent d\'accueil'))).toBe(true);
    await expectAccessible(page, 'the access log');
    // Everything held on them, as a document (RGPD right of access).
    const exported = page.waitForEvent('download');
    await page.click('text=Télécharger mes données');
    const pdf = await (await exported).path();
    expect(readFileSync(pdf!).subarray(0, 5).toString()).toBe('%PDF-');

    // Another resident's case reads as a missing page.
    const other = await site.h.newCase({ resident: { givenName: 'Kofi', familyName: 'Mensah', phone: '0611223344' } });
    const missing = await page.goto(`${site.origin}/espace/demandes/${other.id}`);
    expect(missing!.status()).toBe(404);
    expect(await text(page, 'h1')).toBe('Page introuvable');
    await expectAccessible(page, 'the 404 page');

    // Signing out here and at the provider.
    await page.goto(`${site.origin}/espace`);
    await page.click('text=Se déconnecter');
    await page.waitForURL((u) => u.origin !== site.origin || u.pathname === '/auth/logged-out');
    if (!page.url().startsWith(site.origin)) await Promise.all([page.waitForURL(/\/auth\/logged-out/), page.click('button[value=yes], button[name=logout]')]);
    expect(await text(page, 'h1')).toBe('Vous êtes déconnecté(e)');
    await expectAccessible(page, 'signed out');
    await page.goto(`${site.origin}/espace`);
    expect(await text(page, 'h1')).toBe('Mon espace');

    expect(watch.offsite()).toEqual([]);
    expect(watch.cspViolations).toEqual([]);
    await page.context().close();
  });
});
