import { randomUUID } from 'node:crypto';
import { describe, expect, test, type Harness } from '../harness.js';
import { recordOutcome } from '../../src/core/cases/deadline-record.js';
import { cityDay } from '../../src/core/city-day.js';
import { addDays } from '../../src/core/statistics/statistics-range.js';

/**
 * The city's statistics against counts computed here, independently: generated cases spanning fourteen months
 * (written straight to the database, as any path would, and changed afterwards), a model of them kept in this test,
 * and every figure compared — before the deltas are folded, half folded, and fully folded.
 */

type Model = {
  id: string;
  createdAt: Date;
  directorateId: string;
  requestTypeId: string;
  channel: string;
  postcode: string;
  status: string;
  article: string | null;
};
type Change = { measure: 'resolved' | 'reopened' | 'transferred'; day: string; directorateId: string; key?: string };

const CHANNELS = ['postal', 'phone', 'email', 'counter', 'web', 'social'];
const OPEN = ['received', 'in_progress', 'escalated', 'awaiting_resident'];
const STATUSES = ['received', 'in_progress', 'escalated', 'awaiting_resident', 'resolved', 'closed', 'rejected'];
const POSTCODES = ['69001', '69002', '69003', '', 'x'];

/** A small deterministic generator, so a failure can be replayed. */
function rng(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

async function generate(h: Harness, n: number) {
  const random = rng(15);
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const types = await h.sql<{ id: string; directorateId: string; category: string; code: string }[]>`select id, directorate_id, category, code from request_types order by id`;
  const articles = (await h.sql<{ id: string }[]>`select id from knowledge_articles order by id`).map((a) => a.id);
  const start = Date.parse('2025-10-01T00:00:00Z');
  const span = Date.parse('2026-11-30T00:00:00Z') - start;
  const cases: Model[] = [];
  for (let i = 0; i < n; i++) {
    const t = pick(types);
    // A few on the edge of a local day: 22:30 UTC is already tomorrow in Paris.
    const createdAt = i % 50 === 0 ? new Date(Date.parse('2026-03-31T22:30:00Z')) : new Date(start + Math.floor(random() * span));
    const status = pick(STATUSES);
    const channel = pick(CHANNELS);
    const article = status === 'resolved' && ['counter', 'phone', 'postal'].includes(channel) && random() < 0.5 ? pick(articles) : null;
    cases.push({ id: randomUUID(), createdAt, directorateId: t.directorateId, requestTypeId: t.id, channel, postcode: pick(POSTCODES), status, article });
  }
  // Inserted in a few statements, as a bulk load would.
  for (let off = 0; off < cases.length; off += 500) {
    const rows = cases.slice(off, off + 500).map((c, j) => ({
      id: c.id,
      reference: `ST-${off + j}`,
      tracking_code_hash: 'x',
      channel: c.channel,
      request_type_id: c.requestTypeId,
      directorate_id: c.directorateId,
      description: 'Généré',
      location: c.postcode ? { address: '1 rue de la Paix', postcode: c.postcode, latitude: 45.76, longitude: 4.83 } : null,
      priority: 'normal',
      status: c.status,
      answered_by_article_id: c.article,
      created_at: c.createdAt,
      updated_at: c.createdAt,
    }));
    await h.sql`insert into cases ${h.sql(rows as never)}`;
  }
  return { cases, types };
}

/** Changes made afterwards, one statement each, and what each one should count. */
async function change(h: Harness, cases: Model[], types: { id: string; directorateId: string }[]) {
  // A case filed already resolved (answered on the spot, or a bulk load) counts as resolved on its day.
  const changes: Change[] = cases.filter((c) => c.status === 'resolved').map((c) => ({ measure: 'resolved', day: cityDay(c.createdAt), directorateId: c.directorateId }));
  const random = rng(42);
  const at = new Date('2026-11-20T10:00:00Z');
  const day = cityDay(at);
  for (const c of cases.slice(0, 400)) {
    const r = random();
    if (OPEN.includes(c.status) && r < 0.3) {
      await h.sql`update cases set status = 'resolved', updated_at = ${at} where id = ${c.id}`;
      c.status = 'resolved';
      changes.push({ measure: 'resolved', day, directorateId: c.directorateId });
    } else if (c.status === 'resolved' && r < 0.5) {
      await h.sql`update cases set status = 'in_progress', updated_at = ${at} where id = ${c.id}`;
      c.status = 'in_progress';
      changes.push({ measure: 'reopened', day, directorateId: c.directorateId });
    } else if (OPEN.includes(c.status) && r < 0.6) {
      const target = types.find((t) => t.directorateId !== c.directorateId)!;
      await h.sql`update cases set directorate_id = ${target.directorateId}, request_type_id = ${target.id}, status = 'escalated', transfer_count = transfer_count + 1, updated_at = ${at} where id = ${c.id}`;
      changes.push({ measure: 'transferred', day, directorateId: c.directorateId, key: target.directorateId });
      c.directorateId = target.directorateId;
      c.requestTypeId = target.id;
      c.status = 'escalated';
    } else if (r < 0.7 && c.status !== 'merged') {
      await h.sql`update cases set status = 'merged', updated_at = ${at} where id = ${c.id}`;
      c.status = 'merged';
    } else if (r < 0.8) {
      // A change the statistics do not follow (an assignment, a deadline): nothing moves.
      await h.sql`update cases set priority = 'high', updated_at = ${at} where id = ${c.id}`;
    }
  }
  return changes;
}

const inRange = (day: string, from: string, to: string) => day >= from && day <= to;
function tally<T>(items: T[], key: (t: T) => string | null) {
  const m: Record<string, number> = {};
  for (const it of items) {
    const k = key(it);
    if (k !== null) m[k] = (m[k] ?? 0) + 1;
  }
  return m;
}

describe('statistics for the city', () => {
  test('every figure equals the count computed from the cases, before, during and after folding', async ({ h }) => {
    const { cases, types } = await generate(h, 2400);
    const changes = await change(h, cases, types);
    const category = new Map(types.map((t) => [t.id, t.category]));
    const code = new Map(types.map((t) => [t.id, t.code]));
    const from = '2025-11-01';
    const to = '2026-10-31';
    const month = (c: Model) => `${cityDay(c.createdAt).slice(0, 8)}01`;
    const live = () => cases.filter((c) => c.status !== 'merged' && inRange(cityDay(c.createdAt), from, to));

    const check = async () => {
      // Volumes by month and channel, and the share online.
      const v = await h.call('GET', `/v1/statistics/volumes?from=${from}&to=${to}&period=month&by=channel`, { as: 'admin' });
      expect(v.status).toBe(200);
      const got = Object.fromEntries(v.body.lines.map((l: any) => [`${l.period} ${l.channel}`, l.received]));
      expect(got).toEqual(tally(live(), (c) => `${month(c)} ${c.channel}`));
      expect(v.body.total.received).toBe(live().length);
      expect(v.body.total.online).toBe(live().filter((c) => c.channel === 'web').length);
      expect(v.body.total.onlineShare).toBe(Math.round((v.body.total.online / live().length) * 1000) / 1000);
      // The same by category, by request type and by directorate.
      const byCategory = await h.call('GET', `/v1/statistics/volumes?from=${from}&to=${to}&by=category`, { as: 'admin' });
      expect(Object.fromEntries(byCategory.body.lines.map((l: any) => [l.category, l.received]))).toEqual(tally(live(), (c) => category.get(c.requestTypeId)!));
      const byType = await h.call('GET', `/v1/statistics/volumes?from=${from}&to=${to}&by=directorate,requestType`, { as: 'admin' });
      expect(Object.fromEntries(byType.body.lines.map((l: any) => [`${l.directorateId} ${l.requestTypeCode}`, l.received]))).toEqual(
        tally(live(), (c) => `${c.directorateId} ${code.get(c.requestTypeId)}`),
      );
      // April's first day includes the cases filed at 00:30 Paris time (22:30 UTC the day before).
      const april = await h.call('GET', `/v1/statistics/volumes?from=2026-04-01&to=2026-04-01`, { as: 'admin' });
      expect(april.body.total.received).toBe(cases.filter((c) => c.status !== 'merged' && cityDay(c.createdAt) === '2026-04-01').length);
      expect(april.body.total.received).toBeGreaterThanOrEqual(40);

      // First contact: by channel, the rate, the articles answering most.
      const fc = await h.call('GET', `/v1/statistics/first-contact?from=${from}&to=${to}`, { as: 'admin' });
      const answered = tally(live().filter((c) => c.article), (c) => c.channel);
      for (const l of fc.body.lines) {
        expect(l.firstContact).toBe(answered[l.channel] ?? 0);
        expect(l.received).toBe(live().filter((c) => c.channel === l.channel).length);
      }
      expect(fc.body.total.firstContact).toBe(live().filter((c) => c.article).length);
      const articles = tally(live().filter((c) => c.article), (c) => c.article);
      expect(Object.fromEntries(fc.body.topArticles.map((a: any) => [a.articleId, a.answered]))).toEqual(
        Object.fromEntries(Object.entries(articles).sort(([a, x], [b, y]) => y - x || a.localeCompare(b)).slice(0, 10)),
      );

      // The backlog today, by directorate and age band.
      const today = cityDay(new Date());
      const b = await h.call('GET', '/v1/statistics/backlog', { as: 'admin' });
      const open = cases.filter((c) => OPEN.includes(c.status));
      for (const l of b.body.lines) {
        const mine = open.filter((c) => c.directorateId === l.directorateId);
        const age = (c: Model) => (Date.parse(today) - Date.parse(cityDay(c.createdAt))) / 86_400_000;
        expect([l.open, l.days0to7, l.days8to30, l.days31to90, l.over90days]).toEqual([
          mine.length,
          mine.filter((c) => age(c) <= 7).length,
          mine.filter((c) => age(c) > 7 && age(c) <= 30).length,
          mine.filter((c) => age(c) > 30 && age(c) <= 90).length,
          mine.filter((c) => age(c) > 90).length,
        ]);
        expect(l.oldestFiledOn).toBe(mine.map((c) => cityDay(c.createdAt)).sort()[0]);
      }
      expect(b.body.total.open).toBe(open.length);

      // Resolutions, reopenings and transfers of the day the changes were made.
      const f = await h.call('GET', '/v1/statistics/flow?from=2026-11-20&to=2026-11-20', { as: 'admin' });
      for (const l of f.body.lines) {
        const mine = changes.filter((x) => x.directorateId === l.directorateId && x.day === '2026-11-20');
        expect([l.resolved, l.reopened, l.transfersOut, l.transfersIn]).toEqual([
          mine.filter((x) => x.measure === 'resolved').length,
          mine.filter((x) => x.measure === 'reopened').length,
          mine.filter((x) => x.measure === 'transferred').length,
          changes.filter((x) => x.measure === 'transferred' && x.key === l.directorateId).length,
        ]);
      }
      expect(f.body.total.resolved).toBe(changes.filter((x) => x.measure === 'resolved' && x.day === '2026-11-20').length);
      expect(f.body.total.transfersOut).toBe(changes.filter((x) => x.measure === 'transferred').length);
      expect(f.body.total.transfersOut).toBeGreaterThan(10);
    };

    expect(await h.count('statistics_deltas')).toBeGreaterThan(0);
    await check();
    // Half folded: what remains in the deltas still counts, once.
    await h.sql`select statistics_compact(${Math.floor((await h.count('statistics_deltas')) / 2)})`;
    await check();
    await h.sql`select statistics_compact(1000000)`;
    expect(await h.count('statistics_deltas')).toBe(0);
    await check();
  });

  test('deadlines: met or not, and the business days the answers took, per directorate', async ({ h }) => {
    // Outcomes reported by the case workflow: a 10-business-day deadline (budget 4,200 open minutes).
    const budget = 10 * 420;
    const taken = { voirie: [0.5, 1, 1.2, 2, 3, 3, 4, 7.5, 9.9, 12], proprete: [2, 2, 2.1, 11] };
    for (const [directorate, days] of Object.entries(taken)) {
      for (const d of days) {
        const c = await h.newCase({ requestTypeCode: directorate === 'voirie' ? 'VOI-NID-POULE' : 'PRO-DEPOT-SAUVAGE' });
        await recordOutcome(h.core, { caseId: c.id, answeredAt: '2026-11-18T10:00:00Z', dueAt: '2026-11-30T16:00:00Z', consumedMinutes: d * 420, budgetMinutes: budget, deadlineDays: 10 });
        // Asked twice (a retried activity): counted once.
        await recordOutcome(h.core, { caseId: c.id, answeredAt: '2026-11-18T10:00:00Z', dueAt: '2026-11-30T16:00:00Z', consumedMinutes: d * 420, budgetMinutes: budget, deadlineDays: 10 });
      }
    }
    const res = await h.call('GET', '/v1/statistics/deadlines?from=2026-11-01&to=2026-11-30', { as: 'supervisor' });
    expect(res.status).toBe(200);
    const line = (d: string) => res.body.lines.find((l: any) => l.directorateId === d);
    // voirie, rounded up: 1,1,2,2,3,3,4,8,10,12 → half within 3 days, nine in ten within 10; 12 > 10 is late.
    expect(line('voirie')).toEqual({ directorateId: 'voirie', answered: 10, inTime: 9, late: 1, deadlinesMetRate: 0.9, businessDaysP50: 3, businessDaysP90: 10 });
    // proprete: 2,2,3,11 → half within 2; nine in ten within 11.
    expect(line('proprete')).toEqual({ directorateId: 'proprete', answered: 4, inTime: 3, late: 1, deadlinesMetRate: 0.75, businessDaysP50: 2, businessDaysP90: 11 });
    expect(res.body.total).toMatchObject({ answered: 14, inTime: 12, late: 2, businessDaysP50: 3 });
    // The directorate agent sees their directorate only.
    const mine = await h.call('GET', '/v1/statistics/deadlines?from=2026-11-01&to=2026-11-30', { as: 'directorate_agent' });
    expect(mine.body.lines.map((l: any) => l.directorateId)).toEqual(['voirie']);
    expect(mine.body.total.answered).toBe(10);
  });

  test('a first-contact answer, a transfer, a resolution and a reopening through the API are counted on their day', async ({ h }) => {
    const today = cityDay(new Date());
    await h.newCase({ channel: 'counter', requestTypeCode: 'EC-ACTE-NAISSANCE', description: 'Copie d’acte', resolution: { articleId: 'acte-naissance', answer: 'En ligne, gratuit.' } });
    await h.newCase({ channel: 'phone', requestTypeCode: 'EC-ACTE-NAISSANCE', description: 'Copie d’acte', resolution: { articleId: 'acte-naissance', answer: 'En ligne, gratuit.' } });
    await h.newCase({ channel: 'phone', requestTypeCode: 'VOI-NID-POULE' });
    const c = await h.newCase({ channel: 'web', requestTypeCode: 'VOI-NID-POULE' });
    await h.call('POST', `/v1/cases/${c.id}/escalate`, { body: {} });
    expect((await h.call('POST', `/v1/cases/${c.id}/transfer`, { body: { directorateId: 'proprete', reason: 'Des gravats' } })).status).toBe(200);
    await h.call('POST', `/v1/cases/${c.id}/accept`, { as: 'directorate_agent_y' });
    expect((await h.call('POST', `/v1/cases/${c.id}/status`, { as: 'directorate_agent_y', body: { status: 'resolved', message: 'Gravats enlevés.' } })).status).toBe(200);
    expect((await h.call('POST', `/v1/cases/${c.id}/status`, { as: 'directorate_agent_y', body: { status: 'in_progress', message: 'Il en reste.' } })).status).toBe(200);
    const dup = await h.newCase({ channel: 'email', requestTypeCode: 'VOI-NID-POULE' });
    expect((await h.call('POST', `/v1/cases/${dup.id}/merge`, { body: { masterCaseId: c.id } })).status).toBe(200);

    const fc = await h.call('GET', `/v1/statistics/first-contact?from=${today}&to=${today}`, { as: 'admin' });
    expect(fc.body.lines).toEqual([
      { channel: 'counter', received: 1, firstContact: 1, firstContactRate: 1 },
      { channel: 'phone', received: 2, firstContact: 1, firstContactRate: 0.5 },
      { channel: 'web', received: 1, firstContact: 0, firstContactRate: 0 },
    ]);
    expect(fc.body.topArticles).toEqual([{ articleId: 'acte-naissance', title: expect.stringMatching(/acte de naissance/i), answered: 2 }]);
    const flow = await h.call('GET', `/v1/statistics/flow?from=${today}&to=${today}`, { as: 'admin' });
    const etatCivil = (await h.sql<{ directorateId: string }[]>`select directorate_id from request_types where code = 'EC-ACTE-NAISSANCE'`)[0]!.directorateId;
    expect(flow.body.lines).toEqual(
      [
        { directorateId: etatCivil, resolved: 2, reopened: 0, reopenRate: 0, transfersOut: 0, transfersIn: 0 },
        { directorateId: 'proprete', resolved: 1, reopened: 1, reopenRate: 1, transfersOut: 0, transfersIn: 1 },
        { directorateId: 'voirie', resolved: 0, reopened: 0, reopenRate: null, transfersOut: 1, transfersIn: 0 },
      ].sort((a, b) => a.directorateId.localeCompare(b.directorateId)),
    );
    // The merged duplicate is not a request received; the transferred case counts under its directorate now.
    const v = await h.call('GET', `/v1/statistics/volumes?from=${today}&to=${today}&by=directorate`, { as: 'admin' });
    expect(Object.fromEntries(v.body.lines.map((l: any) => [l.directorateId, l.received]))).toEqual({ [etatCivil]: 2, proprete: 1, voirie: 1 });
    // A CSV for the spreadsheet: a header, then the lines.
    const csv = await h.call('GET', `/v1/statistics/volumes?from=${today}&to=${today}&by=directorate&format=csv`, { as: 'admin' });
    expect(csv.contentType).toBe('text/csv; charset=utf-8');
    const [header, ...rows] = String(csv.body).trim().split('\n');
    expect(header).toBe('directorateId,received,online,onlineShare');
    expect(rows).toEqual([`${etatCivil},2,0,0`, 'proprete,1,1,1', 'voirie,1,0,0'].sort());
  });

  test('who may read them, and questions that cannot be answered', async ({ h }) => {
    for (const as of ['counter_agent', 'integrator'] as const) {
      const res = await h.call('GET', '/v1/statistics/volumes', { as });
      expect(res.status).toBe(403);
      expect(res.contentType).toBe('application/problem+json');
    }
    expect((await h.call('GET', '/v1/statistics/volumes', { as: null })).status).toBe(401);
    for (const q of ['from=2026-02-30', 'from=2026-11-02&to=2026-11-01', 'from=2000-01-01&to=2026-01-01', 'by=resident', 'period=year', 'format=xml']) {
      const res = await h.call('GET', `/v1/statistics/volumes?${q}`, { as: 'admin' });
      expect(res.status, q).toBe(422);
      expect(res.contentType).toBe('application/problem+json');
    }
    // The default: the last twelve months, from the first of the month eleven months back.
    const res = await h.call('GET', '/v1/statistics/volumes', { as: 'admin' });
    const today = cityDay(new Date());
    expect(res.body.to).toBe(today);
    expect(res.body.from.endsWith('-01')).toBe(true);
    expect(res.body.from < addDays(today, -300) && res.body.from > addDays(today, -370)).toBe(true);
  });
});
