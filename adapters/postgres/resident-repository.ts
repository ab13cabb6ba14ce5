import type { ContactPoint, Resident } from '../../src/core/model.js';
import type { DuplicatePair, ResidentRepository, ResidentSearchHit } from '../../src/core/ports.js';
import { plannedOnce, type Sql, type TxSql } from './client.js';
import { decodeCursor, encodeCursor } from './cursor.js';

interface ResidentRow {
  id: string;
  givenName: string;
  familyName: string;
  birthDate: string | null;
  mergedInto: string | null;
  createdAt: Date;
  updatedAt: Date;
  contactPoints: ContactPoint[] | null;
}

const toResident = (r: ResidentRow): Resident => ({
  id: r.id,
  givenName: r.givenName,
  familyName: r.familyName,
  birthDate: r.birthDate,
  mergedInto: r.mergedInto,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
  contactPoints: r.contactPoints ?? [],
});

/** Name similarity from which two records may be the same person (pg_trgm, 0..1). */
const DUPLICATE_NAME_SIMILARITY = 0.5;

interface NameCandidate {
  token: string;
  quality: number;
  residents: number;
}

/**
 * A typed word's candidates in the dictionary of distinct name words, as a statement: exactly, as a prefix
 * ("dupon" → "dupont"), or — only when the word is not a known name — by trigram similarity, as a probable typo
 * ("dupond" → "dupont"). Quality: 3 exact, 2 a longer form, 1 + similarity a typo.
 */
export function wordCandidates(s: Sql, w: string, alone: boolean, limit: number) {
  return s`
    with prefixed as (
      select token, case when token = ${w} then 3.0 else 2.0 end::float8 as quality, residents from name_tokens
      where token collate "C" >= ${w} collate "C" and token collate "C" < ${w + '\uffff'} collate "C"
      order by length(token), token limit 30
    )
    select * from prefixed
    ${
      w.length >= 3
        ? s`union all
    select * from (
      select token, (1.0 + similarity(token, ${w}))::float8 as quality, residents from name_tokens
      where not exists (select 1 from prefixed where quality = 3.0) and token % ${w} and not starts_with(token, ${w})
        ${
          // Alone, a word's typos rank after its longer forms: not looked for when those fill the page.
          alone ? s`and (select coalesce(sum(residents), 0) from prefixed) < ${limit}` : s``
        }
      order by 2 desc, token limit 5) typos`
        : s``
    }`;
}

/**
 * Residents must match every word typed; exact beats prefix beats typo. See migrations 002, 004 and 022. One and
 * two words — what the counter types all day — are one statement each, planned once per connection (`plannedOnce`):
 * the look-ups of the dictionary and of the residents without a round trip between them.
 */
async function searchByName(s: Sql, folded: string, limit: number): Promise<string[]> {
  const words = [...new Set(folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean))].slice(0, 5);
  if (words.length === 0) return [];

  if (words.length === 1) {
    // One word: a page of residents from each candidate word, best word first, and the scan stops as soon as
    // there are enough (twice the page, for residents reached through two of their words), so a common name
    // costs a page of index reads, not a scan of its thousands.
    const rows = await s<{ residentId: string }[]>`
      with c as (${wordCandidates(s, words[0]!, true, limit)})
      select x.resident_id from (select token from c order by quality desc, length(token), token) c
      cross join lateral (
        select rt.resident_id from resident_tokens rt join residents r on r.id = rt.resident_id and r.merged_into is null
        where rt.token = c.token order by rt.resident_id limit ${limit}) x
      limit ${limit * 2}`;
    return [...new Set(rows.map((r) => r.residentId))].slice(0, limit);
  }

  if (words.length === 2) {
    // Two words: each pair of their candidate words is one probe of the word-pair dictionary (stored in byte order,
    // as collation "C" sorts), best-scored first (score: how well each word matched). The first word was typed
    // whole: when it is a known name, it and its four closest longer forms ("jean" → "jeanne") are enough. Like
    // one word, a page of residents per probe, and the scan stops as soon as there are enough: "camille martin"
    // costs a page of index reads, not its hundreds of namesakes.
    const rows = await s<{ residentId: string }[]>`
      with a as (${wordCandidates(s, words[0]!, false, limit)}),
      b as (${wordCandidates(s, words[1]!, false, limit)}),
      first as (
        select * from a order by quality desc, length(token), token
        limit (select case when bool_or(quality = 3.0) then 5 end from a)
      ),
      probes as (
        select least(x.token collate "C", y.token collate "C") as ta, greatest(x.token collate "C", y.token collate "C") as tb,
          max(x.quality + y.quality) as score
        from first x cross join b y where x.token <> y.token group by 1, 2
      )
      select h.resident_id from (
        select found.resident_id, max(found.score) as score from (
          select x.resident_id, p.score from (select * from probes order by score desc, ta, tb) p
          cross join lateral (
            select n.resident_id from resident_name_pairs n join residents r on r.id = n.resident_id and r.merged_into is null
            where n.token_a = p.ta and n.token_b = p.tb order by n.resident_id limit ${limit}) x
          limit ${limit * 2}
        ) found group by found.resident_id
      ) h join residents r on r.id = h.resident_id
      order by h.score desc, r.family_name, r.given_name, h.resident_id limit ${limit}`;
    return rows.map((r) => r.residentId);
  }

  const candidates = await Promise.all(
    words.map(async (w, i) => {
      const rows = await s<NameCandidate[]>`${wordCandidates(s, w, false, limit)}`;
      rows.sort((a, b) => b.quality - a.quality);
      // A word followed by another was typed whole: when it is a known name, it and its few closest longer forms
      // are enough — each candidate is a probe per candidate of the other words.
      return i < words.length - 1 && rows[0]?.quality === 3.0 ? rows.slice(0, 5) : rows;
    }),
  );
  if (candidates.some((c) => c.length === 0)) return [];

  // Three words or more ("roger le gall", "maria da silva"): start from the residents having the two rarest words —
  // one probe of the word-pair dictionary per pair of their candidates, where a word alone ("le") has tens of
  // thousands —, look at all their name words at once (index on resident, word), keep those matching every word,
  // rank by how well each matched.
  const size = (c: { residents: number }[]) => c.reduce((n, t) => n + t.residents, 0);
  const [first, second] = [...candidates].sort((a, b) => size(a) - size(b)).map((c) => candidates.indexOf(c));
  const tokens = candidates.flatMap((c, ord) => c.map((t) => ({ ord, token: t.token, quality: t.quality })));
  const rows = await s<{ residentId: string }[]>`
    with cand as (
      select * from jsonb_to_recordset(${s.json(tokens as never)}::jsonb) as c(ord int, token text, quality float8)
    ),
    start as (
      select distinct n.resident_id
      from cand x join cand y on x.ord = ${first!} and y.ord = ${second!} and x.token <> y.token
      join resident_name_pairs n on n.token_a = least(x.token collate "C", y.token collate "C")
        and n.token_b = greatest(x.token collate "C", y.token collate "C")
    ),
    scored as (
      select rt.resident_id, c.ord, max(c.quality) as quality
      from start join resident_tokens rt on rt.resident_id = start.resident_id join cand c on c.token = rt.token
      group by rt.resident_id, c.ord
    ),
    matched as (
      select resident_id, sum(quality) as score from scored group by resident_id having count(*) = ${candidates.length}
    )
    select m.resident_id from matched m join residents r on r.id = m.resident_id and r.merged_into is null
    order by m.score desc, r.family_name, r.given_name, m.resident_id limit ${limit}`;
  return rows.map((r) => r.residentId);
}

export function residentRepository(sql: Sql | TxSql): ResidentRepository {
  const s = sql as Sql;
  const select = s`
    select r.id, r.given_name, r.family_name, to_char(r.birth_date, 'YYYY-MM-DD') as birth_date, r.merged_into,
      r.created_at, r.updated_at,
      (select json_agg(json_build_object('id', cp.id, 'kind', cp.kind, 'value', cp.value, 'verified', cp.verified,
           'provenance', cp.provenance, 'verifiedBy', cp.verified_by) order by cp.created_at, cp.id)
         from contact_points cp where cp.resident_id = r.id) as contact_points
    from residents r`;
  // How many of a resident's cases are open, from the partial index of migration 033 (its predicate written alike).
  const openCases = s`(select count(*)::int from cases c
    where c.resident_id = base.id and c.status in ('received', 'in_progress', 'escalated', 'awaiting_resident'))`;
  const byIds = async (ids: string[]) =>
    ids.length === 0 ? [] : (await s<ResidentRow[]>`${select} where r.id in ${s(ids)}`).map(toResident);
  const insertContacts = async (residentId: string, cps: (ContactPoint & { normalized: string })[]) => {
    if (cps.length === 0) return;
    await s`insert into contact_points ${s(
      cps.map((c) => ({
        id: c.id,
        resident_id: residentId,
        kind: c.kind,
        value: c.value,
        normalized: c.normalized,
        verified: c.verified,
        provenance: c.provenance,
        verified_by: c.verified ? (c.verifiedBy ?? null) : null,
        verified_at: c.verified ? new Date() : null,
      })),
    )}`;
  };

  return {
    async findById(id) {
      const rows = await s<ResidentRow[]>`${select} where r.id = ${id}`;
      return rows[0] ? toResident(rows[0]) : null;
    },
    async findManyByIds(ids) {
      if (ids.length === 0) return [];
      return (await s<ResidentRow[]>`${select} where r.id in ${s(ids)}`).map(toResident);
    },
    async findRef(id) {
      const rows = await s<{ id: string; mergedInto: string | null }[]>`select id, merged_into from residents where id = ${id}`;
      return rows[0] ?? null;
    },
    async insert(r) {
      await s`insert into residents (id, given_name, family_name, birth_date, created_at, updated_at)
        values (${r.id}, ${r.givenName}, ${r.familyName}, ${r.birthDate}, ${r.createdAt}, ${r.createdAt})`;
      await insertContacts(r.id, r.contactPoints);
    },
    addContactPoints: insertContacts,
    async removeContactPoint(residentId, contactPointId) {
      const [owned] = await s`select 1 from contact_points where id = ${contactPointId} and resident_id = ${residentId}`;
      if (!owned) return false;
      await s`update cases set contact_point_ids = array_remove(contact_point_ids, ${contactPointId}::uuid) where resident_id = ${residentId} and ${contactPointId}::uuid = any(contact_point_ids)`;
      await s`delete from contact_points where id = ${contactPointId}`;
      return true;
    },
    async findByContacts(contacts) {
      if (contacts.length === 0) return [];
      const kinds = contacts.map((c) => c.kind);
      const values = contacts.map((c) => c.normalized);
      const ids = await s<{ residentId: string }[]>`
        select distinct cp.resident_id from contact_points cp
        join unnest(${kinds}::text[], ${values}::text[]) as q(kind, normalized)
          on cp.kind = q.kind and cp.normalized = q.normalized
        join residents r on r.id = cp.resident_id and r.merged_into is null
        limit 50`;
      return byIds(ids.map((r) => r.residentId));
    },
    async search(query, limit, onFound) {
      // What the counter does all day: each statement planned once per connection (their plans are index probes).
      const g = plannedOnce(sql);
      let ids: string[];
      switch (query.kind) {
        case 'reference':
          ids = (await g<{ residentId: string }[]>`select resident_id from cases where reference = ${query.reference} and resident_id is not null`).map((r) => r.residentId);
          break;
        case 'phone':
        case 'email': {
          // The look-up and the records in one round trip: this is what the screen pop waits for.
          const rows = await g<(ResidentRow & { openCases: number })[]>`
            select base.*, ${openCases} as open_cases
            from (${select} where r.id in (
              select cp.resident_id from contact_points cp join residents r2 on r2.id = cp.resident_id
              where cp.kind = ${query.kind} and cp.normalized = ${query.normalized} and r2.merged_into is null
              limit ${limit})) base
            order by base.created_at`;
          await onFound?.(rows.map((r) => r.id));
          return rows.map((row) => ({ resident: toResident(row), matchedOn: query.kind, openCases: row.openCases }));
        }
        case 'name':
          ids = await searchByName(g, query.folded, limit);
          break;
      }
      if (ids.length === 0) return [];
      // The records and their open-case counts in one round trip, kept in the order found.
      const [rows] = await Promise.all([
        g<(ResidentRow & { openCases: number })[]>`
        select base.*, ${openCases} as open_cases
        from (${select} where r.id in ${g(ids)}) base`,
        onFound?.(ids),
      ]);
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.flatMap((id): ResidentSearchHit[] => {
        const row = byId.get(id);
        return row ? [{ resident: toResident(row), matchedOn: query.kind, openCases: row.openCases }] : [];
      });
    },
    async findDuplicateCandidates(residentId) {
      const rows = await s<{ otherId: string; reasons: string[] }[]>`
        with me as (select id, search_name, birth_date from residents where id = ${residentId}),
        shared as (
          select other.resident_id as other_id, 'shared_' || mine.kind as reason
          from contact_points mine join contact_points other
            on other.kind = mine.kind and other.normalized = mine.normalized and other.resident_id <> mine.resident_id
          where mine.resident_id = ${residentId}
          union
          select r.id, 'same_birth_date' from residents r, me
          where me.birth_date is not null and r.birth_date = me.birth_date and r.id <> me.id
        )
        select sh.other_id, array_agg(distinct sh.reason order by sh.reason) as reasons
        from shared sh join residents o on o.id = sh.other_id and o.merged_into is null, me
        where similarity(o.search_name, me.search_name) >= ${DUPLICATE_NAME_SIMILARITY}
        group by sh.other_id limit 20`;
      return rows;
    },
    async recordDuplicateCandidate(a, b, reasons, at) {
      const [x, y] = a < b ? [a, b] : [b, a];
      await s`insert into resident_duplicate_candidates (resident_a, resident_b, reasons, detected_at)
        values (${x}, ${y}, ${reasons}, ${at}) on conflict (resident_a, resident_b) do nothing`;
    },
    async listDuplicateCandidates(limit, cursor) {
      const after = cursor ? decodeCursor(cursor, ['timestamp', 'uuid', 'uuid']) : null;
      const rows = await s<{ residentA: string; residentB: string; reasons: string[]; detectedAt: Date }[]>`
        select d.resident_a, d.resident_b, d.reasons, d.detected_at from resident_duplicate_candidates d
        join residents a on a.id = d.resident_a and a.merged_into is null
        join residents b on b.id = d.resident_b and b.merged_into is null
        where d.dismissed_at is null
        ${after ? s`and (d.detected_at, d.resident_a, d.resident_b) < (${after[0]!}::timestamptz, ${after[1]!}::uuid, ${after[2]!}::uuid)` : s``}
        order by d.detected_at desc, d.resident_a desc, d.resident_b desc limit ${limit + 1}`;
      const page = rows.slice(0, limit);
      const people = new Map((await byIds(page.flatMap((r) => [r.residentA, r.residentB]))).map((r) => [r.id, r]));
      const items: DuplicatePair[] = page.map((r) => ({
        residentA: people.get(r.residentA)!,
        residentB: people.get(r.residentB)!,
        reasons: r.reasons,
        detectedAt: r.detectedAt,
      }));
      const last = page[page.length - 1];
      return { items, nextCursor: rows.length > limit && last ? encodeCursor([last.detectedAt.toISOString(), last.residentA, last.residentB]) : null };
    },
    async duplicateCandidatesOf(residentId, limit) {
      const rows = await s<{ otherId: string; reasons: string[]; detectedAt: Date }[]>`
        select o.id as other_id, d.reasons, d.detected_at from resident_duplicate_candidates d
        join residents o on o.id = case when d.resident_a = ${residentId} then d.resident_b else d.resident_a end and o.merged_into is null
        where (d.resident_a = ${residentId} or d.resident_b = ${residentId}) and d.dismissed_at is null
        order by d.detected_at desc limit ${limit}`;
      const people = new Map((await byIds(rows.map((r) => r.otherId))).map((r) => [r.id, r]));
      return rows.flatMap((r) => (people.has(r.otherId) ? [{ other: people.get(r.otherId)!, reasons: r.reasons, detectedAt: r.detectedAt }] : []));
    },
    async dismissDuplicateCandidates(a, b, at) {
      const [x, y] = a < b ? [a, b] : [b, a];
      await s`update resident_duplicate_candidates set dismissed_at = ${at}
        where resident_a = ${x} and resident_b = ${y} and dismissed_at is null`;
    },
    async moveContactPoints(ids, fromId, toId) {
      const rows =
        ids === 'all'
          ? await s<{ id: string }[]>`update contact_points set resident_id = ${toId} where resident_id = ${fromId} returning id`
          : ids.length === 0
            ? []
            : await s<{ id: string }[]>`update contact_points set resident_id = ${toId} where resident_id = ${fromId} and id in ${s(ids)} returning id`;
      return rows.map((r) => r.id);
    },
    async verifyContactPoint(residentId, contactPointId, by, at) {
      const rows = await s`update contact_points set verified = true, verified_by = ${by}, verified_at = ${at}
        where id = ${contactPointId} and resident_id = ${residentId} and not verified returning id`;
      return rows.length === 1;
    },
    async setMergedInto(id, mergedInto, at) {
      await s`update residents set merged_into = ${mergedInto}, updated_at = ${at} where id = ${id}`;
    },
    async touch(id, at) {
      await s`update residents set updated_at = ${at} where id = ${id}`;
    },
  };
}
