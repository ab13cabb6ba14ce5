import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { emailSender } from '../../adapters/notify/email-sender.js';
import type { Page } from 'playwright-core';
import type { MimicAccount } from '../../adapters/identity/franceconnect-mimic.js';
import { hashSecret } from '../../src/secrets.js';
import { sessionRepository } from '../../adapters/postgres/session-repository.js';
import { AGENT_PAUL, identityConfig, startProvider, type RunningProvider } from '../identity/providers.js';
import { expectAccessible, startSite, tabTo, watchRequests, type Site } from './site.js';

/**
 * The agent console in Chromium: the counter agent's morning (a misspelt name found, a request answered from an
 * article, one that escalates, the receipt), the directorate's queue (accept, ask the resident, the answer arriving
 * through the residents' API, resolve), a stale page that says so instead of overwriting, a breached deadline shown
 * in words. axe-core on every state; nothing leaves the site.
 */
const CLAIRE: MimicAccount = {
  id: 'claire',
  label: 'Claire Voirie',
  claims: { given_name: 'Claire', usual_name: 'Lefèvre', email: 'claire.lefevre@ville.example.fr', uid: 'clefevre', siret: '21750001600019', idp_id: 'idp-ville', organizational_unit: 'Voirie' },
};

const SOPHIE: MimicAccount = {
  id: 'sophie',
  label: 'Sophie Superviseure',
  claims: { given_name: 'Sophie', usual_name: 'Marchand', email: 'sophie.marchand@ville.example.fr', uid: 'smarchand', siret: '21750001600019', idp_id: 'idp-ville', organizational_unit: 'Direction générale' },
};

let site: Site;
let proconnect: RunningProvider;
beforeAll(async () => {
  site = await startSite([], {
    identity: async (origin) => {
      proconnect = await startProvider('proconnect', 'proconnect', [AGENT_PAUL, CLAIRE, SOPHIE], {}, origin);
      return identityConfig(proconnect);
    },
    email: {
      sender: emailSender({ outboxDir: path.join(tmpdir(), `guichet-console-outbox-${Date.now()}`), from: 'Mairie <guichet@ville.example>', loopId: 'guichet@ville.example' }),
      config: { domain: 'ville.example', defaultRequestTypeCode: 'REL-INFORMATION', autoRepliesPerSenderPerHour: 5 },
    },
  });
  const admin = (body: unknown) => site.h.call('POST', '/v1/admin/agents', { as: 'admin', body });
  expect((await admin({ id: 'paul.martin', displayName: 'Paul Martin', role: 'counter_agent', email: 'paul.martin@ville.example.fr' })).status).toBe(201);
  expect((await admin({ id: 'sophie.marchand', displayName: 'Sophie Marchand', role: 'supervisor', email: 'sophie.marchand@ville.example.fr' })).status).toBe(201);
  expect((await admin({ id: 'claire.lefevre', displayName: 'Claire Lefèvre', role: 'directorate_agent', directorateId: 'voirie', email: 'claire.lefevre@ville.example.fr' })).status).toBe(201);
}, 120_000);
afterAll(async () => {
  await site?.close();
  await proconnect?.mimic.close();
});

async function signedIn(account: MimicAccount): Promise<{ page: Page; watch: ReturnType<typeof watchRequests> }> {
  const context = await site.browser.newContext({ locale: 'fr-FR' });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const watch = watchRequests(page, site.origin);
  await page.goto(`${site.origin}/agent`);
  expect(await page.locator('h1').innerText()).toBe('Console des agents');
  await expectAccessible(page, 'the agents’ sign-in page');
  await Promise.all([page.waitForURL(/\/interaction\//), page.click('text=S’identifier avec ProConnect')]);
  await Promise.all([page.waitForURL(`${site.origin}/agent`), page.click(`text=${account.label}`)]);
  return { page, watch };
}

const text = (page: Page, selector: string) => page.locator(selector).innerText();

describe('the agent console in a real browser', { timeout: 120_000 }, () => {
  test('the counter at 9 a.m.: a misspelt name, a request answered from an article, one escalated, the receipt — keyboard only', async () => {
    const known = await site.h.newCase({ resident: { givenName: 'Mathilde', familyName: 'Rousseau', phone: '06 44 55 66 77' } });
    const { page, watch } = await signedIn(AGENT_PAUL);
    expect(await text(page, 'h1')).toBe('Rechercher');
    await expectAccessible(page, 'the console’s home');

    await tabTo(page, '#q');
    // Results come as she types (no Enter): the list under the box, announced, the address kept for a reload.
    await page.keyboard.type('Matilde Rouseau', { delay: 30 });
    await page.waitForFunction(() => document.getElementById('resultats')?.textContent === '1 usager pour « Matilde Rouseau »');
    expect(await page.locator('[role=status]').innerText()).toBe('1 usager pour « Matilde Rouseau »');
    expect(page.url()).toBe(`${site.origin}/agent/recherche?q=Matilde%20Rouseau`);
    await expectAccessible(page, 'search results as one types');
    // Down from the box to the result, Enter opens it.
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(`/agent/usagers/${known.residentId}?motif=accueil`);
    await Promise.all([page.waitForURL(/\/agent\/usagers\//), page.keyboard.press('Enter')]);
    expect(await text(page, 'h1')).toBe('Mathilde Rousseau');
    expect(await page.locator('table tbody tr').count()).toBe(1);
    await expectAccessible(page, 'the resident’s record');
    // The read is in her access log, with the purpose the console gave.
    const [logged] = await site.h.sql<{ purpose: string; actor: string }[]>`select purpose, actor from resident_access_log where resident_id = ${known.residentId} and actor = 'paul.martin' order by accessed_at desc limit 1`;
    expect(logged).toEqual({ purpose: 'Accueil de l’usager au guichet', actor: 'paul.martin' });
    // The record says who read it, as the resident sees it in their space: the search that found her, at least.
    expect(await page.locator('h2:has-text("Consultations récentes") + ul').innerText()).toContain('Paul Martin');
    // Every console page has a search box in its header; the search page takes it from there.
    await page.fill('#q-entete', '06 44 55 66 77');
    await Promise.all([page.waitForURL(/\/agent\/recherche\?q=06/), page.press('#q-entete', 'Enter')]);
    expect(await text(page, '#resultats')).toBe('1 usager pour « 06 44 55 66 77 »');
    await page.goBack();

    // Answered on the spot with the knowledge base's article.
    await tabTo(page, 'a.button[href^="/agent/demandes/nouvelle?usager="]');
    await Promise.all([page.waitForURL(/\/agent\/demandes\/nouvelle/), page.keyboard.press('Enter')]);
    await tabTo(page, '#type');
    await page.selectOption('#type', 'PRO-ENCOMBRANTS');
    await tabTo(page, 'main form[method=get] button[type=submit]');
    await Promise.all([page.waitForURL(/type=PRO-ENCOMBRANTS/), page.keyboard.press('Enter')]);
    await expectAccessible(page, 'a new request with its articles');
    await tabTo(page, '#description');
    await page.keyboard.type('Comment faire enlever un vieux canapé ?');
    // A radio group takes one Tab; the arrow keys choose within it, as for any keyboard user.
    await tabTo(page, '#article-none');
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('input[name=articleId]:checked').getAttribute('value')).not.toBe('');
    await tabTo(page, 'form[action="/agent/demandes/nouvelle"][method=post] button[type=submit]');
    await Promise.all([page.waitForURL(/\/agent\/demandes\/[0-9a-f-]{36}\?fait=creee/), page.keyboard.press('Enter')]);
    expect(await page.locator('.notice.success p').allInnerTexts()).toEqual(['Demande enregistrée.', 'Remettez à l’usager l’accusé de réception : il porte la référence et un code de suivi.']);
    expect(await text(page, 'dl.summary')).toContain('Traitée');
    const answeredId = /demandes\/([0-9a-f-]{36})/.exec(page.url())![1]!;
    const answered = await site.h.call('GET', `/v1/cases/${answeredId}`);
    expect(answered.body).toMatchObject({ status: 'resolved', residentId: known.residentId, channel: 'counter' });
    expect(answered.body.answeredByArticleId).not.toBeNull();
    await expectAccessible(page, 'a case answered on the spot');

    // A pothole: complex, escalated at once; the receipt is one click away.
    await page.goto(`${site.origin}/agent/demandes/nouvelle?usager=${known.residentId}&type=VOI-NID-POULE`);
    await page.fill('#description', 'Nid-de-poule devant le 3 rue des Lilas.');
    expect(await page.isChecked('#escalate')).toBe(true);
    await Promise.all([page.waitForURL(/fait=creee/), page.click('form[action="/agent/demandes/nouvelle"][method=post] button[type=submit]')]);
    expect(await text(page, 'dl.summary')).toContain('Transmise à la direction');
    const receiptHref = await page.getAttribute('a[href$="/acknowledgement.pdf"]', 'href');
    const receipt = await page.request.get(`${site.origin}${receiptHref}`);
    expect(receipt.status()).toBe(200);
    expect(receipt.headers()['content-type']).toBe('application/pdf');
    expect((await receipt.body()).subarray(0, 5).toString()).toBe('%PDF-');

    // A scan joined to the case, on its internal timeline, downloadable.
    const scan = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
    await page.setInputFiles('#file', { name: 'plan-du-trou.pdf', mimeType: 'application/pdf', buffer: scan });
    await Promise.all([page.waitForURL(/fait=piece/), page.click('section[aria-labelledby=piece] button[type=submit]')]);
    const link = page.locator('ol.timeline a', { hasText: 'plan-du-trou.pdf' });
    const fetched = await page.request.get(`${site.origin}${await link.getAttribute('href')}`);
    expect(Buffer.from(await fetched.body()).equals(scan)).toBe(true);
    const potholeUrl = page.url();

    // The same pothole reported again: grouped with the first, which the resident will follow.
    const potholeRef = (await text(page, 'h1')).replace('Demande ', '');
    const again = await site.h.newCase({ requestTypeCode: 'VOI-NID-POULE', description: 'Encore le trou rue des Lilas' });
    await page.goto(`${site.origin}/agent/demandes/${again.id}`);
    await page.fill('#master', potholeRef);
    await Promise.all([page.waitForURL(/fait=regroupee/), page.click('section[aria-labelledby=regrouper] button[type=submit]')]);
    expect(await text(page, 'dl.summary')).toContain('Regroupée avec une autre demande');
    expect((await site.h.call('GET', `/v1/cases/${again.id}`)).body.mergedInto).toBe(/demandes\/([0-9a-f-]{36})/.exec(potholeUrl)![1]);
    await expectAccessible(page, 'a case grouped with another');

    expect(watch.offsite()).toEqual([]);
    expect(watch.cspViolations).toEqual([]);
    await page.context().close();
  });

  test('the directorate on Monday: the queue, accept, ask the resident, the answer arrives, resolve; a stale page says so', async () => {
    const c = await site.h.newCase({ requestTypeCode: 'VOI-ECLAIRAGE', description: 'Lampadaire éteint rue Haute', resident: { givenName: 'Léa', familyName: 'Garnier', phone: '06 11 22 33 44' } });
    expect((await site.h.call('POST', `/v1/cases/${c.id}/escalate`, { body: {} })).status).toBe(200);
    const { page, watch } = await signedIn(CLAIRE);
    await page.click('nav >> text=File de la direction');
    expect(await text(page, 'h1')).toBe('File de la direction : Direction de la Voirie et des Déplacements');
    const row = page.locator('tbody tr', { hasText: c.reference });
    expect(await row.innerText()).toContain('à prendre en charge');
    await expectAccessible(page, 'the queue');

    await row.locator('a').click();
    await Promise.all([page.waitForURL(/fait=acceptee/), page.click('text=Prendre en charge')]);
    expect(await text(page, '.notice.success')).toBe('Demande prise en charge.');

    // Ask the resident: the deadline pauses.
    await page.selectOption('#status', 'awaiting_resident');
    await page.fill('#message', 'Quel est le numéro du lampadaire ?');
    await Promise.all([page.waitForURL(/fait=statut/), page.click('#statut ~ form button[type=submit], section[aria-labelledby=statut] button[type=submit]')]);
    expect(await text(page, 'dl.summary')).toContain('En attente de l’usager');
    await expectAccessible(page, 'a case waiting for the resident');

    // The resident answers through the residents' API, signed in with FranceConnect (a session of theirs).
    const identityId = crypto.randomUUID();
    await site.h.sql`insert into identities (id, provider, issuer, subject, kind, resident_id, link_status, first_seen_at, last_seen_at)
      values (${identityId}, 'franceconnect', 'https://oidc.franceconnect.gouv.fr/api/v2', ${identityId}, 'resident', ${c.residentId}, 'linked', now(), now())`;
    const now = new Date();
    await sessionRepository(site.h.sql).createSession({ idHash: hashSecret('lea-session-0123456789'), kind: 'resident', provider: 'franceconnect', identityId, residentId: c.residentId, agentId: null, acr: 'eidas1', idTokenHint: null, createdAt: now, idleTimeoutSeconds: 1800, expiresAt: new Date(now.getTime() + 3600_000) });
    const answer = await site.h.app.request(`/v1/me/cases/${c.id}/messages`, { method: 'POST', headers: { cookie: '__Host-guichet_session=lea-session-0123456789', 'content-type': 'application/json' }, body: JSON.stringify({ body: 'C’est le lampadaire n° 42.' }) });
    expect(answer.status).toBe(201);
    await page.reload();
    expect(await page.locator('ol.timeline blockquote').allInnerTexts()).toContain('C’est le lampadaire n° 42.');
    expect(await text(page, 'dl.summary')).not.toContain('En attente de l’usager');

    // Another agent changes the case meanwhile: this page's change is refused and says why.
    const stale = await page.context().newPage();
    await stale.goto(page.url());
    await page.selectOption('#status', 'resolved');
    await page.fill('#message', 'Le lampadaire n° 42 sera réparé mardi.');
    await Promise.all([page.waitForURL(/fait=statut/), page.click('section[aria-labelledby=statut] button[type=submit]')]);
    expect(await text(page, 'dl.summary')).toContain('Traitée');
    await stale.selectOption('#status', 'rejected');
    await stale.fill('#message', 'Hors compétence.');
    await Promise.all([stale.waitForLoadState('load'), stale.click('section[aria-labelledby=statut] button[type=submit]')]);
    expect(await stale.locator('.error-summary').innerText()).toContain('Quelqu’un d’autre a modifié cette demande entre-temps');
    expect(await stale.locator('dl.summary').innerText()).toContain('Traitée');
    expect((await site.h.call('GET', `/v1/cases/${c.id}`)).body.status).toBe('resolved');
    await expectAccessible(stale, 'a stale page');

    // Taking a case, handing one to the right directorate.
    const misrouted = await site.h.newCase({ requestTypeCode: 'VOI-ECLAIRAGE', description: 'Des ordures devant l’école' });
    expect((await site.h.call('POST', `/v1/cases/${misrouted.id}/escalate`, { body: {} })).status).toBe(200);
    await page.goto(`${site.origin}/agent/demandes/${misrouted.id}`);
    // Another agent of the directorate has it (assignment is by load): Claire takes it over.
    expect((await site.h.call('POST', `/v1/cases/${misrouted.id}/assign`, { as: 'directorate_agent', body: { assigneeId: 'agent-voirie' } })).status).toBe(200);
    await page.goto(`${site.origin}/agent/demandes/${misrouted.id}`);
    expect(await text(page, 'dl.summary')).toContain('Agent voirie (démo)');
    // The choice is among the directorate's agents, by name; "myself" comes first.
    expect(await page.locator('#assigneeId option').allInnerTexts()).toEqual(['Moi-même', 'Agent voirie (démo)', 'Personne (remettre dans la file)']);
    await page.selectOption('#assigneeId', 'claire.lefevre');
    await Promise.all([page.waitForURL(/fait=attribuee/), page.click('section[aria-labelledby=attribuer] button')]);
    expect(await text(page, 'dl.summary')).toContain('Vous');
    expect((await site.h.call('GET', `/v1/cases/${misrouted.id}`)).body.assigneeId).toBe('claire.lefevre');
    await page.selectOption('#directorateId', 'proprete');
    await page.fill('#reason', 'Ce sont des déchets, pas l’éclairage.');
    await Promise.all([page.waitForURL(/\/agent\/file\?transferee=/), page.click('section[aria-labelledby=transferer] button[type=submit]')]);
    expect(await text(page, '.notice.success')).toBe(`Demande ${misrouted.reference} transférée.`);
    expect((await site.h.call('GET', `/v1/cases/${misrouted.id}`)).body.directorateId).toBe('proprete');

    // The alerts inbox: the directorate's alert, marked read.
    const alertId = crypto.randomUUID();
    await site.h.sql`insert into notifications (id, case_id, dedup_key, kind, recipient, directorate_id, status, created_at)
      values (${alertId}, ${c.id}, ${`alert-${alertId}`}, 'deadline_at_risk', 'directorate', 'voirie', 'skipped', now())`;
    await page.click('nav >> text=Alertes');
    const alert = page.locator('.cards li', { hasText: c.reference });
    expect(await alert.innerText()).toContain('⚠ Échéance proche');
    await expectAccessible(page, 'the alerts inbox');
    await Promise.all([page.waitForURL(`${site.origin}/agent/alertes`), alert.locator('button').click()]);
    expect(await page.locator('.cards li', { hasText: c.reference }).count()).toBe(0);

    // A breached deadline reads in words and a sign, not colour alone.
    const late = await site.h.newCase({ requestTypeCode: 'VOI-TROTTOIR', description: 'Trottoir effondré' });
    expect((await site.h.call('POST', `/v1/cases/${late.id}/escalate`, { body: {} })).status).toBe(200);
    await site.h.sql`update cases set deadline_state = 'breached', due_at = now() - interval '2 days' where id = ${late.id}`;
    await page.goto(`${site.origin}/agent/file`);
    expect(await page.locator('tbody tr', { hasText: late.reference }).innerText()).toContain('✗ Délai dépassé');

    // Filters: only mine, only one type.
    const colleague = await site.h.newCase({ requestTypeCode: 'VOI-TROTTOIR', description: 'Trottoir fissuré' });
    expect((await site.h.call('POST', `/v1/cases/${colleague.id}/escalate`, { body: {} })).status).toBe(200);
    expect((await site.h.call('POST', `/v1/cases/${colleague.id}/assign`, { as: 'directorate_agent', body: { assigneeId: 'agent-voirie' } })).status).toBe(200);
    expect((await site.h.call('POST', `/v1/cases/${late.id}/assign`, { as: 'directorate_agent', body: { assigneeId: 'claire.lefevre' } })).status).toBe(200);
    await page.goto(`${site.origin}/agent/file`);
    await page.selectOption('#attribution', 'moi');
    await Promise.all([page.waitForURL(/attribution=moi/), page.click('text=Afficher')]);
    const mineRows = await page.locator('tbody tr').allInnerTexts();
    expect(mineRows.some((r) => r.includes(late.reference))).toBe(true);
    expect(mineRows.some((r) => r.includes(colleague.reference))).toBe(false);
    await expectAccessible(page, 'the queue filtered');
    // A colleague's cases, by name.
    await page.selectOption('#attribution', 'agent-voirie');
    await Promise.all([page.waitForURL(/attribution=agent-voirie/), page.click('text=Afficher')]);
    const theirs = page.locator('tbody tr', { hasText: colleague.reference });
    expect(await theirs.locator('td:last-child').innerText()).toBe('Agent voirie (démo)');
    expect(await page.locator('tbody tr', { hasText: late.reference }).count()).toBe(0);
    // Nobody's yet: one put back in the queue, neither of the two.
    const waiting = await site.h.newCase({ requestTypeCode: 'VOI-TROTTOIR', description: 'Bordure descellée' });
    expect((await site.h.call('POST', `/v1/cases/${waiting.id}/escalate`, { body: {} })).status).toBe(200);
    expect((await site.h.call('POST', `/v1/cases/${waiting.id}/assign`, { as: 'directorate_agent', body: { assigneeId: null } })).status).toBe(200);
    await page.selectOption('#attribution', 'personne');
    await Promise.all([page.waitForURL(/attribution=personne/), page.click('text=Afficher')]);
    const nobodys = await page.locator('tbody tr td:last-child').allInnerTexts();
    expect(nobodys.length).toBeGreaterThan(0);
    expect(nobodys.every((t) => t === 'Personne')).toBe(true);
    expect(await page.locator('tbody tr', { hasText: waiting.reference }).count()).toBe(1);
    expect(await page.locator('tbody tr', { hasText: colleague.reference }).count()).toBe(0);
    await page.selectOption('#attribution', '');
    await page.selectOption('#type', 'VOI-TROTTOIR');
    await Promise.all([page.waitForURL(/type=VOI-TROTTOIR/), page.click('text=Afficher')]);
    const typeRows = await page.locator('tbody tr td:nth-child(2)').allInnerTexts();
    expect(typeRows.length).toBe(3);
    expect(new Set(typeRows)).toEqual(new Set(['Trottoir endommagé ou dangereux']));

    expect(watch.offsite()).toEqual([]);
    expect(watch.cspViolations).toEqual([]);
    await page.context().close();
  });

  test('the back office: a possible duplicate merged, a letter printed and marked posted', async () => {
    const counter = await site.h.newCase({ resident: { givenName: 'Jeanne', familyName: 'Moreau', phone: '06 70 80 90 10' } });
    // The same name and phone typed into the website's form: a record of its own, and a pair to review.
    const web = await site.h.call('POST', '/v1/public/cases', { as: null, body: { requestTypeCode: 'PRO-BAC', description: 'Bac cassé', resident: { givenName: 'Jeanne', familyName: 'Moreau', phone: '0670809010' } } });
    expect(web.status).toBe(201);
    const posted = await site.h.newCase({ channel: 'postal', resident: { givenName: 'Hugo', familyName: 'Lemaire', postalAddress: '8 rue Basse, 69001 Lyon' } });
    await site.h.notifications.dispatchOnce();

    const { page, watch } = await signedIn(AGENT_PAUL);
    await page.click('nav >> text=Doublons');
    const pair = page.locator('.cards li', { hasText: 'Jeanne Moreau' }).first();
    expect(await pair.locator('h2').innerText()).toMatch(/^Paire \d+ : même téléphone$/);
    await expectAccessible(page, 'possible duplicates');
    await Promise.all([page.waitForURL(/fait=fusion/), pair.locator('text=Fusionner dans le premier').click()]);
    expect(await page.locator('.notice.success').innerText()).toContain('Dossiers fusionnés');
    const left = await site.h.call('GET', '/v1/residents/duplicates');
    expect(left.body.items.filter((p: { residentA: { id: string }; residentB: { id: string } }) => [p.residentA.id, p.residentB.id].includes(counter.residentId))).toEqual([]);

    // Another pair, met on the resident's record: the agent says they are two people.
    const luc = await site.h.newCase({ resident: { givenName: 'Luc', familyName: 'Girard', phone: '06 31 41 59 26' } });
    const other = await site.h.call('POST', '/v1/public/cases', { as: null, body: { requestTypeCode: 'PRO-BAC', description: 'Bac oublié', resident: { givenName: 'Luc', familyName: 'Girard', phone: '0631415926' } } });
    expect(other.status).toBe(201);
    await page.goto(`${site.origin}/agent/usagers/${luc.residentId}?motif=accueil`);
    const possible = page.locator('#doublons + ul li');
    expect(await possible.count()).toBe(1);
    expect(await possible.innerText()).toContain('Indices : même téléphone');
    await expectAccessible(page, 'a record with a possible duplicate');
    await Promise.all([page.waitForURL(/fait=distincts/), possible.locator('text=Ce n’est pas la même personne').click()]);
    expect(page.url()).toContain(`/agent/usagers/${luc.residentId}`);
    expect(await page.locator('.notice.success').innerText()).toBe('Noté : ce ne sont pas les mêmes personnes.');
    expect(await page.locator('#doublons').count()).toBe(0);
    const [dismissed] = await site.h.sql<{ n: number }[]>`select count(*)::int as n from resident_duplicate_candidates
      where ${luc.residentId} in (resident_a, resident_b) and dismissed_at is not null`;
    expect(dismissed!.n).toBe(1);

    await page.click('nav >> text=Courriers');
    const row = page.locator('tbody tr', { hasText: posted.reference });
    expect(await row.innerText()).toContain('Accusé de réception');
    await expectAccessible(page, 'letters to print');
    const pdf = await page.request.get(`${site.origin}${await row.locator('a', { hasText: 'Imprimer' }).getAttribute('href')}`);
    expect(pdf.status()).toBe(200);
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    await Promise.all([page.waitForURL(/fait=poste/), row.locator('button').click()]);
    expect(await page.locator('tbody tr', { hasText: posted.reference }).count()).toBe(0);

    // A first FranceConnect login that looked like Jeanne without certainty: the agent confirms it is her.
    const identityId = crypto.randomUUID();
    const own = await site.h.newCase({ resident: { givenName: 'Jeanne', familyName: 'Moreau-Fc', phone: '06 12 98 76 54' } });
    await site.h.sql`insert into identities (id, provider, issuer, subject, kind, resident_id, link_status, given_name, family_name, birth_date, gender, birthcountry, first_seen_at, last_seen_at)
      values (${identityId}, 'franceconnect', 'https://oidc.franceconnect.gouv.fr/api/v2', ${identityId}, 'resident', ${own.residentId}, 'pending_review', 'Jeanne', 'Moreau', '1970-05-05', 'female', '99100', now(), now())`;
    await site.h.sql`insert into identity_link_candidates (id, identity_id, resident_id, reasons, created_at)
      values (${crypto.randomUUID()}, ${identityId}, ${counter.residentId}, ${['same_family_name', 'same_given_name']}, now())`;
    await page.click('nav >> text=FranceConnect');
    const candidate = page.locator('.cards li', { hasText: 'Jeanne Moreau' });
    expect(await candidate.innerText()).toContain('06 70 80 90 10');
    await expectAccessible(page, 'FranceConnect logins to link');
    await Promise.all([page.waitForURL(/fait=confirme/), candidate.locator('text=C’est la même personne').click()]);
    const [linked] = await site.h.sql<{ residentId: string; linkStatus: string }[]>`select resident_id, link_status from identities where id = ${identityId}`;
    expect(linked).toEqual({ residentId: counter.residentId, linkStatus: 'linked' });

    expect(watch.offsite()).toEqual([]);
    expect(watch.cspViolations).toEqual([]);
    await page.context().close();
  });

  test('the mail room: a quarantined email read, its request recorded by hand, then marked handled and deleted', async () => {
    // A message without a sender: the email channel cannot answer it, so it waits for the mail room.
    const raw = 'Subject: Lampadaire en panne\r\nMessage-ID: <sans-expediteur@example.fr>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nLe lampadaire devant le 3 rue Haute ne s’allume plus.\r\nMarie, 06 11 22 33 44\r\n';
    const ingested = await site.h.call('POST', '/v1/inbound/email', { as: 'integrator', rawBody: raw, headers: { 'content-type': 'message/rfc822' } });
    expect(ingested.body).toMatchObject({ outcome: 'quarantined' });
    const [held] = await site.h.sql<{ id: string; storageKey: string }[]>`select id, storage_key from inbound_quarantine where released_at is null`;

    const { page, watch } = await signedIn(AGENT_PAUL);
    await page.click('nav >> text=Courriels en quarantaine');
    const row = page.locator('tbody tr', { hasText: 'Expéditeur absent' });
    expect(await row.count()).toBe(1);
    await expectAccessible(page, 'quarantined emails');
    await Promise.all([page.waitForURL(/\/agent\/courriels\/[0-9a-f-]{36}$/), row.locator('a', { hasText: 'Lire' }).click()]);
    expect(await text(page, 'dl.summary')).toContain('Lampadaire en panne');
    expect(await text(page, 'pre.message')).toBe('Le lampadaire devant le 3 rue Haute ne s’allume plus.\nMarie, 06 11 22 33 44');
    await expectAccessible(page, 'a quarantined email');
    // The raw message downloads byte for byte, as an attachment (never rendered).
    const eml = await page.request.get(`${site.origin}/agent/courriels/${held!.id}/message.eml`);
    expect(eml.headers()['content-disposition']).toMatch(/^attachment;/);
    expect((await eml.body()).toString()).toBe(raw);

    // The agent records the request it holds; the form comes with the email channel chosen.
    await Promise.all([page.waitForURL(/channel=email/), page.click('text=Enregistrer une demande')]);
    await page.selectOption('#type', 'VOI-ECLAIRAGE');
    await Promise.all([page.waitForURL(/type=VOI-ECLAIRAGE/), page.click('button:has-text("Continuer")')]);
    expect(await page.locator('#channel').inputValue()).toBe('email');

    // Then marks the message handled: it leaves the list, and its bytes leave the storage.
    await page.goto(`${site.origin}/agent/courriels/${held!.id}`);
    await Promise.all([page.waitForURL(/fait=traite/), page.click('text=Marquer comme traité et supprimer')]);
    expect(await text(page, 'main')).toContain('Aucun courriel en quarantaine.');
    const [released] = await site.h.sql<{ releasedBy: string; storageKey: string | null }[]>`select released_by, storage_key from inbound_quarantine where id = ${held!.id}`;
    expect(released).toEqual({ releasedBy: 'paul.martin', storageKey: null });
    expect(await site.h.core.files.read(held!.storageKey)).toBeNull();
    expect((await page.request.get(`${site.origin}/agent/courriels/${held!.id}`)).status()).toBe(404);

    // A directorate agent reads no quarantined mail.
    const claire = await signedIn(CLAIRE);
    expect((await claire.page.request.get(`${site.origin}/agent/courriels`)).status()).toBe(403);
    expect(watch.offsite()).toEqual([]);
    expect(watch.cspViolations).toEqual([]);
    await page.context().close();
    await claire.page.context().close();
  });

  test('the phone line: a call reported by the telephony system pops the caller’s record on the agent’s console', async () => {
    const caller = await site.h.newCase({ resident: { givenName: 'Nadia', familyName: 'Benali', phone: '06 21 43 65 87' } });
    // The CTI calls the API with the key of the agent whose line rings.
    const issued = await site.h.call('POST', '/v1/admin/api-keys', { as: 'admin', body: { label: 'Poste de Paul', role: 'counter_agent', agentId: 'paul.martin' } });
    expect(issued.status).toBe(201);
    const { page, watch } = await signedIn(AGENT_PAUL);
    await page.click('nav >> text=Appels');
    expect(await text(page, 'main')).toContain('Aucun appel pour le moment.');
    await expectAccessible(page, 'the calls page');
    // The script turns on the automatic display; the page then follows the line by itself.
    await page.check('#auto-refresh');
    const ring = await site.h.app.request('/v1/telephony/calls', {
      method: 'POST',
      headers: { authorization: `Bearer ${issued.body.key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ callId: 'cti-42', event: 'ringing', callerNumber: '+33621436587' }),
    });
    expect(ring.status).toBe(200);
    await page.waitForSelector('#appels a:has-text("Nadia Benali")', { timeout: 15_000 });
    expect(await page.locator('#appels li').first().innerText()).toContain('Sonne');
    await Promise.all([page.waitForURL(/\/agent\/usagers\/.*motif=appel/), page.click('#appels a:has-text("Nadia Benali")')]);
    expect(await text(page, 'h1')).toBe('Nadia Benali');
    expect(page.url()).toContain(caller.residentId);
    expect(watch.offsite()).toEqual([]);
    expect(watch.cspViolations).toEqual([]);
    await page.context().close();
  });

  test('the supervisor on Monday: late cases and cases bouncing between directorates first', async () => {
    const late = await site.h.newCase({ requestTypeCode: 'VOI-SIGNALISATION', description: 'Panneau stop arraché' });
    const bouncing = await site.h.newCase({ requestTypeCode: 'VOI-SIGNALISATION', description: 'Marquage effacé' });
    for (const k of [late, bouncing]) expect((await site.h.call('POST', `/v1/cases/${k.id}/escalate`, { body: {} })).status).toBe(200);
    await site.h.sql`update cases set deadline_state = 'breached', due_at = now() - interval '3 days' where id = ${late.id}`;
    await site.h.sql`update cases set transfer_count = 2 where id = ${bouncing.id}`;
    const { page, watch } = await signedIn(SOPHIE);
    await page.goto(`${site.origin}/agent/file?direction=voirie`);
    const watched = await page.locator('section[aria-labelledby=surveiller] li').allInnerTexts();
    expect(watched.find((w) => w.includes(late.reference))).toMatch(/^✗ Délai dépassé — /);
    expect(watched.find((w) => w.includes(bouncing.reference))).toMatch(/^↻ Transférée 2 fois — /);
    await expectAccessible(page, 'the supervisor’s view');
    // The figures of the last 30 days, from the menu.
    await page.click('nav >> text=Statistiques');
    const [voirie] = await site.h.sql<{ n: number; open: number }[]>`select count(*) filter (where status <> 'merged')::int as n,
      count(*) filter (where status in ('received', 'in_progress', 'escalated', 'awaiting_resident'))::int as open from cases where directorate_id = 'voirie'`;
    const cells = await page.getByRole('table', { name: 'Demandes et réponses, 30 derniers jours' }).getByRole('row', { name: /Voirie/ }).getByRole('cell').allInnerTexts();
    expect(cells[0]).toBe(String(voirie!.n));
    const backlogCells = await page.getByRole('table', { name: /Demandes en cours/ }).getByRole('row', { name: /Voirie/ }).getByRole('cell').allInnerTexts();
    expect(backlogCells[0]).toBe(String(voirie!.open));
    await expectAccessible(page, 'the supervisor’s figures');
    expect(watch.offsite()).toEqual([]);
    await page.context().close();
  });
});
