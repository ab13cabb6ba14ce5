import { createHash, randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectAccessible, startSite, watchRequests, type Site } from '../web/site.js';

/**
 * Open data and the published quality of service, read as a reuser and as an attacker would: every file at its
 * stable address in CSV and JSON, matching its Table Schema; the counts right; and a resident whose one request
 * stands out (the only birth certificate of the month, the only request from 69009, the only one through a social
 * network) cannot be singled out — not from a cell, not by subtracting published cells from published totals.
 */
let site: Site;
const THRESHOLD = 10;
const MARIE = { name: 'Marie Dupont-Lefebvre', street: '7 impasse des Glycines', reference: 'OD-MARIE-0001' };

type Row = Record<string, string | number | null>;
const FILES = ['demandes-par-type', 'demandes-par-categorie', 'demandes-par-canal', 'demandes-par-code-postal', 'delais-par-type'];

async function fetchText(path: string) {
  const res = await fetch(`${site.origin}${path}`);
  return { status: res.status, type: res.headers.get('content-type'), cache: res.headers.get('cache-control'), text: await res.text() };
}

async function insertCases(rows: { type: string; channel: string; postcode: string | null; createdAt: string; status?: string; reference?: string; description?: string }[]) {
  const sql = site.h.sql;
  const types = new Map((await sql<{ code: string; id: string; directorateId: string }[]>`select code, id, directorate_id from request_types`).map((t) => [t.code, t]));
  const ids: string[] = [];
  await sql`insert into cases ${sql(
    rows.map((r, i) => {
      const id = randomUUID();
      ids.push(id);
      const t = types.get(r.type)!;
      return {
        id,
        reference: r.reference ?? `OD-${randomUUID().slice(0, 8)}-${i}`,
        tracking_code_hash: 'x',
        channel: r.channel,
        request_type_id: t.id,
        directorate_id: t.directorateId,
        description: r.description ?? 'Signalement',
        location: r.postcode ? { address: MARIE.street, postcode: r.postcode, latitude: 45.7741, longitude: 4.8084 } : null,
        priority: 'normal',
        status: r.status ?? 'closed',
        created_at: new Date(r.createdAt),
        updated_at: new Date(r.createdAt),
      };
    }) as never,
  )}`;
  return ids;
}

/** The two last complete months (published by now), as YYYY-MM: M1 before M2. */
const monthBack = (k: number) => {
  const d = new Date();
  d.setUTCDate(15);
  d.setUTCMonth(d.getUTCMonth() - k);
  return d.toISOString().slice(0, 7);
};
const M1 = monthBack(2);
const M2 = monthBack(1);
const M2_FR = new Date(`${M2}-15T12:00:00Z`).toLocaleDateString('fr-FR', { month: 'long', year: 'numeric', timeZone: 'Europe/Paris' });

const times = <T,>(n: number, f: (i: number) => T) => Array.from({ length: n }, (_, i) => f(i));

beforeAll(async () => {
  site = await startSite([]);
  const sept = (i: number) => `${M1}-${String(1 + (i % 28)).padStart(2, '0')}T09:00:00Z`;
  await insertCases([
    ...times(40, (i) => ({ type: 'VOI-NID-POULE', channel: ['web', 'phone', 'counter'][i % 3]!, postcode: i % 2 ? '69001' : '69002', createdAt: sept(i) })),
    ...times(25, (i) => ({ type: 'PRO-DEPOT-SAUVAGE', channel: i % 5 < 2 ? 'web' : 'email', postcode: '69003', createdAt: sept(i) })),
    ...times(3, (i) => ({ type: 'VOI-ECLAIRAGE', channel: 'phone', postcode: '69001', createdAt: sept(i) })),
    ...times(11, (i) => ({ type: 'VOI-TROTTOIR', channel: 'counter', postcode: '69002', createdAt: sept(i) })),
    ...times(12, (i) => ({ type: 'PRO-TAG', channel: 'postal', postcode: null, createdAt: sept(i) })),
    // Marie's request: the only one of its type, channel and postcode this month; her name and street in its text.
    { type: 'EC-ACTE-NAISSANCE', channel: 'social', postcode: '69009', createdAt: `${M1}-14T18:20:00Z`, reference: MARIE.reference, description: `Je suis ${MARIE.name}, ${MARIE.street}` },
    // Merged duplicates are not requests received.
    ...times(5, (i) => ({ type: 'VOI-NID-POULE', channel: 'web', postcode: '69001', createdAt: sept(i), status: 'merged' })),
  ]);
  // The next month: answers given by the road service (12, known business days) and by cleanliness (4: too few to publish).
  const answered = await insertCases(times(16, (i) => ({ type: i < 12 ? 'VOI-NID-POULE' : 'PRO-TAG', channel: 'web', postcode: '69004', createdAt: `${M2}-01T09:00:00Z` })));
  const days = [1, 1.5, 2, 2, 3, 3, 3, 4, 6, 9, 11, 14, 2, 2, 3, 3];
  for (const [i, id] of answered.entries()) {
    await site.h.sql`insert into deadline_outcomes (case_id, directorate_id, due_at, answered_at, met, margin_minutes, business_days)
      select id, directorate_id, ${`${M2}-15T15:00:00Z`}, ${`${M2}-20T10:00:00Z`}, ${days[i]! <= 10}, ${Math.round((10 - days[i]!) * 420)}, ${days[i]!} from cases where id = ${id}`;
  }
}, 120_000);
afterAll(() => site?.close());

describe('open data', { timeout: 60_000 }, () => {
  test('each file at its stable address, in CSV and JSON, as its Table Schema says, with the right counts', async () => {
    const catalogue = JSON.parse((await fetchText('/donnees-ouvertes/catalogue.json')).text);
    expect(catalogue).toMatchObject({ license: { id: 'lov2', title: 'Licence Ouverte / Open Licence version 2.0' }, frequency: 'monthly' });
    expect(catalogue.resources.map((r: any) => r.name)).toEqual(FILES);
    for (const name of FILES) {
      const schema = JSON.parse((await fetchText(`/donnees-ouvertes/${name}.schema.json`)).text);
      const fields: string[] = schema.fields.map((f: any) => f.name);
      const csv = await fetchText(`/donnees-ouvertes/${name}.csv`);
      expect(csv.status).toBe(200);
      expect(csv.type).toBe('text/csv; charset=utf-8');
      expect(csv.cache).toBe('public, max-age=3600');
      const records = parse(csv.text, { columns: true }) as Record<string, string>[];
      expect(Object.keys(records[0]!)).toEqual(fields);
      const json = JSON.parse((await fetchText(`/donnees-ouvertes/${name}.json`)).text) as Row[];
      expect(json.length).toBe(records.length);
      for (const [i, row] of json.entries()) {
        expect(Object.keys(row)).toEqual(fields);
        for (const f of schema.fields) {
          const v = row[f.name];
          if (f.type === 'integer') expect(v === null || (Number.isInteger(v) && (v as number) >= 0), `${name}.${f.name}`).toBe(true);
          if (f.type === 'yearmonth') expect(v).toMatch(/^\d{4}-\d{2}$/);
          // CSV and JSON say the same; a withheld cell is empty in CSV.
          expect(records[i]![f.name]).toBe(v === null ? '' : String(v));
        }
      }
    }
    const byType = JSON.parse((await fetchText('/donnees-ouvertes/demandes-par-type.json')).text) as Row[];
    expect(byType.filter((r) => r.mois === M1)).toEqual(
      expect.arrayContaining([
        { mois: M1, code_type: 'VOI-NID-POULE', type: 'Nid-de-poule ou chaussée dégradée', categorie: 'Voirie', demandes: 40 },
        { mois: M1, code_type: 'PRO-DEPOT-SAUVAGE', type: 'Dépôt sauvage de déchets', categorie: 'Propreté', demandes: 25 },
        { mois: M1, code_type: 'PRO-TAG', type: 'Tag ou graffiti à effacer', categorie: 'Propreté', demandes: 12 },
        // 3 street lights: withheld, and with them the smallest other road type, so the category's 54 does not give them back.
        { mois: M1, code_type: 'VOI-ECLAIRAGE', type: "Panne d'éclairage public", categorie: 'Voirie', demandes: null },
        { mois: M1, code_type: 'VOI-TROTTOIR', type: 'Trottoir endommagé ou dangereux', categorie: 'Voirie', demandes: null },
      ]),
    );
    const byCategory = JSON.parse((await fetchText('/donnees-ouvertes/demandes-par-categorie.json')).text) as Row[];
    // État civil's one request withheld, and the smallest other category with it (Propreté, 37).
    expect(byCategory.filter((r) => r.mois === M1).map((r) => [r.categorie, r.demandes])).toEqual([
      ['Propreté', null],
      ['Voirie', 54],
      ['État civil', null],
    ]);
    const delays = JSON.parse((await fetchText('/donnees-ouvertes/delais-par-type.json')).text) as Row[];
    // Rounded up: 1,2,2,2,3,3,3,4,6,9,11,14 → half within 3 business days; 10 of 12 within the deadline.
    expect(delays).toEqual([
      { mois: M2, service: 'Direction de la Propreté urbaine', code_type: 'PRO-TAG', type: 'Tag ou graffiti à effacer', categorie: 'Propreté', reponses: null, delai_median_jours_ouvres: null, part_dans_les_delais: null },
      { mois: M2, service: expect.stringContaining('Voirie'), code_type: 'VOI-NID-POULE', type: 'Nid-de-poule ou chaussée dégradée', categorie: 'Voirie', reponses: 12, delai_median_jours_ouvres: 3, part_dans_les_delais: 0.833 },
    ]);
  });

  test('a resident whose request stands out cannot be singled out, from a cell or by difference', async () => {
    const files = Object.fromEntries(await Promise.all(FILES.map(async (f) => [f, JSON.parse((await fetchText(`/donnees-ouvertes/${f}.json`)).text) as Row[]] as const)));
    const raw = (await Promise.all(FILES.flatMap((f) => [`/donnees-ouvertes/${f}.csv`, `/donnees-ouvertes/${f}.json`]).map(fetchText))).map((r) => r.text).join('\n');
    // Nothing she wrote, nothing that names her request or her street, no coordinates.
    for (const needle of ['Dupont', 'Glycines', MARIE.reference, '45.77', '4.808', 'impasse']) expect(raw).not.toContain(needle);
    // No published count under the threshold.
    for (const rows of Object.values(files)) for (const r of rows) for (const k of ['demandes', 'reponses']) if (k in r && r[k] !== null) expect(r[k]).toBeGreaterThanOrEqual(THRESHOLD);
    // Her cells are withheld.
    const sept = (f: string, k: string, v: string) => files[f]!.find((r) => r.mois === M1 && r[k] === v);
    expect(sept('demandes-par-type', 'code_type', 'EC-ACTE-NAISSANCE')!.demandes).toBeNull();
    expect(sept('demandes-par-canal', 'canal', 'social')!.demandes).toBeNull();
    expect(sept('demandes-par-code-postal', 'code_postal', '69009')!.demandes).toBeNull();
    // By difference: wherever a month's total can be known (a file with nothing withheld that month), or a
    // category's (published in its file), what the withheld cells of another file add up to is 0 or at least the threshold.
    const months = [...new Set(Object.values(files).flatMap((rows) => rows.map((r) => r.mois as string)))];
    const received = ['demandes-par-type', 'demandes-par-categorie', 'demandes-par-canal', 'demandes-par-code-postal'];
    let attempts = 0;
    for (const m of months) {
      const totals = received.map((f) => files[f]!.filter((r) => r.mois === m)).filter((rows) => rows.every((r) => r.demandes !== null)).map((rows) => rows.reduce((s, r) => s + (r.demandes as number), 0));
      for (const total of totals) {
        for (const f of received) {
          const gap = total - files[f]!.filter((r) => r.mois === m).reduce((s, r) => s + ((r.demandes as number | null) ?? 0), 0);
          attempts++;
          expect(gap === 0 || gap >= THRESHOLD, `${m} ${f}: ${gap}`).toBe(true);
        }
      }
      for (const cat of files['demandes-par-categorie']!.filter((r) => r.mois === m && r.demandes !== null)) {
        const gap = (cat.demandes as number) - files['demandes-par-type']!.filter((r) => r.mois === m && r.categorie === cat.categorie).reduce((s, r) => s + ((r.demandes as number | null) ?? 0), 0);
        attempts++;
        expect(gap === 0 || gap >= THRESHOLD, `${m} ${cat.categorie}: ${gap}`).toBe(true);
      }
    }
    expect(attempts).toBeGreaterThan(5);
  });

  test('the quality of service page and its JSON: answers, the share within the deadline, the median; too few withheld', async () => {
    const q = JSON.parse((await fetchText('/qualite-de-service.json')).text);
    const voirie = q.services.find((s: any) => s.directorateId === 'voirie');
    expect(voirie.months.find((m: any) => m.mois === M2)).toEqual({ mois: M2, reponses: 12, part_dans_les_delais: 0.833, delai_median_jours_ouvres: 3 });
    const proprete = q.services.find((s: any) => s.directorateId === 'proprete');
    expect(proprete.months.find((m: any) => m.mois === M2)).toEqual({ mois: M2, reponses: null, part_dans_les_delais: null, delai_median_jours_ouvres: null });

    const context = await site.browser.newContext({ locale: 'fr-FR' });
    const page = await context.newPage();
    const watch = watchRequests(page, site.origin);
    await page.goto(`${site.origin}/`);
    await page.getByRole('link', { name: 'Qualité de service' }).click();
    const table = page.getByRole('table', { name: 'Voirie' });
    await expect(table.getByRole('row', { name: M2_FR }).innerText()).resolves.toMatch(/12\s+83 %\s+3 jours ouvrés/);
    await expect(page.getByRole('table', { name: /Propreté/ }).getByRole('row', { name: M2_FR }).innerText()).resolves.toMatch(/moins de 10/);
    await expectAccessible(page, 'quality of service');
    await page.getByRole('link', { name: 'données ouvertes', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Données ouvertes');
    await expectAccessible(page, 'open data');
    const download = page.waitForEvent('download');
    await page.locator('a[href="/donnees-ouvertes/demandes-par-canal.csv"]').click();
    expect((await download).suggestedFilename()).toBe('demandes-par-canal.csv');
    expect(watch.offsite()).toEqual([]);
    await context.close();
  });

  test('the satisfaction page, keyboard only: an error state, then the answer', async () => {
    const [c] = await site.h.sql<{ id: string; directorateId: string; requestTypeId: string }[]>`select id, directorate_id, request_type_id from cases limit 1`;
    const token = 'un-jeton-de-test-0123456789abcdef';
    await site.h.sql`insert into satisfaction_surveys (case_id, token_hash, notification_id, directorate_id, request_type_id, channel, asked_at, expires_at)
      values (${c!.id}, ${createHash('sha256').update(token).digest('hex')}, ${randomUUID()}, ${c!.directorateId}, ${c!.requestTypeId}, 'web', now(), now() + interval '30 days')`;
    const context = await site.browser.newContext({ locale: 'fr-FR' });
    const page = await context.newPage();
    const watch = watchRequests(page, site.origin);
    await page.goto(`${site.origin}/avis/${token}`);
    await expectAccessible(page, 'satisfaction question');
    await page.getByRole('button', { name: 'Envoyer mon avis' }).focus();
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    await expect(page.getByRole('alert').innerText()).resolves.toContain('Choisissez une réponse de 1 à 5.');
    await expectAccessible(page, 'satisfaction question with an error');
    await page.getByRole('radio', { name: '4 – Satisfait' }).focus();
    await page.keyboard.press('Space');
    await page.getByLabel('Un commentaire (facultatif)').focus();
    await page.keyboard.type('Merci.');
    await page.keyboard.press('Tab');
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Merci pour votre avis');
    await expectAccessible(page, 'satisfaction thanks');
    expect(await site.h.sql`select score, comment from satisfaction_surveys where case_id = ${c!.id}`).toEqual([{ score: 4, comment: 'Merci.' }]);
    expect(watch.offsite()).toEqual([]);
    await context.close();
  });
});
