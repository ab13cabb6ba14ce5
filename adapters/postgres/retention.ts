import type { FileStorage } from '../../src/core/ports.js';
import type { Sql } from './client.js';
import { anonymiseCases, emptyRecord } from './anonymisation.js';
import { cityDay } from '../../src/core/city-day.js';

/** How long what is kept is kept (days), as the city configured it. */
export interface RetentionPeriods {
  /** A closed case of a type without its own period (request_types.retention_days). */
  casesDays: number;
  /** Who read which record: the access log. */
  accessLogDays: number;
  /** A FranceConnect or ProConnect identity not seen since, and without a session. */
  identityDays: number;
  /** A resident without an open case nor any activity for this long is told, then emptied after `noticeDays`. */
  inactiveDays: number;
  noticeDays: number;
}

export const DEFAULT_RETENTION_PERIODS: RetentionPeriods = { casesDays: 1095, accessLogDays: 730, identityDays: 1095, inactiveDays: 730, noticeDays: 30 };

export interface RetentionCounts {
  casesAnonymised: number;
  eventsRedacted: number;
  attachmentsRemoved: number;
  residentsUnlinked: number;
  accessLogPurged: number;
  identitiesPurged: number;
  /** Inactive residents told their record will be emptied; those who acted since; those emptied. */
  residentsNoticed: number;
  noticesWithdrawn: number;
  residentsErased: number;
}

/**
 * The RGPD lifecycle's run (issue 15, migration 029): closed cases past their retention are anonymised — their
 * description, location (the postcode stays, for the statistics), extra fields, attachments and the words of their
 * timeline removed, the resident unlinked, an `anonymised` entry added; the timeline keeps its entries, their dates
 * and their original hashes. The access log and stale identities are purged after their own periods. Statistics
 * are untouched: they count facts that stay. `dryRun` counts what would be done and changes nothing.
 */
export async function runRetention(
  deps: { sql: Sql; files: FileStorage },
  opts: { now: Date; periods?: Partial<RetentionPeriods>; dryRun?: boolean; batch?: number },
): Promise<RetentionCounts> {
  const p = { ...DEFAULT_RETENTION_PERIODS, ...opts.periods };
  const batch = opts.batch ?? 5000;
  // Type by type (each its own period), oldest first, along the index on (type, closing time).
  const due = (tx: Sql) => tx<{ id: string }[]>`
    select x.id from request_types rt cross join lateral (
      select c.id, c.updated_at from cases c
      where c.request_type_id = rt.id and c.status in ('closed', 'rejected', 'merged') and c.anonymised_at is null
        and c.updated_at < ${opts.now}::timestamptz - make_interval(days => coalesce(rt.retention_days, ${p.casesDays}))
      order by c.updated_at limit ${batch}) x
    order by x.updated_at limit ${batch}`;
  const accessCutoff = new Date(opts.now.getTime() - p.accessLogDays * 86_400_000);
  const inactiveCutoff = new Date(opts.now.getTime() - p.inactiveDays * 86_400_000);
  const noticeCutoff = new Date(opts.now.getTime() - p.noticeDays * 86_400_000);
  // Nothing since the cutoff: no case filed, changed or open, no sign-in, no change to the record.
  const inactiveSince = (tx: Sql, since: Date) => tx`
    not exists (select 1 from cases c where c.resident_id = r.id and (c.updated_at >= ${since} or c.status in ('received', 'in_progress', 'escalated', 'awaiting_resident', 'resolved')))
    and not exists (select 1 from identities i where i.resident_id = r.id and i.last_seen_at >= ${since})
    and r.updated_at < ${since}`;
  const toNotice = (tx: Sql) => tx<{ id: string }[]>`
    select r.id from residents r where r.merged_into is null and r.erased_at is null and r.inactivity_notice_at is null
      and r.created_at < ${inactiveCutoff} and ${inactiveSince(tx, inactiveCutoff)} limit ${batch}`;
  const toErase = (tx: Sql) => tx<{ id: string }[]>`
    select r.id from residents r where r.erased_at is null and r.inactivity_notice_at < ${noticeCutoff} and ${inactiveSince(tx, inactiveCutoff)}
      and not exists (select 1 from cases c where c.resident_id = r.id and c.updated_at >= r.inactivity_notice_at) limit ${batch}`;
  const identityCutoff = new Date(opts.now.getTime() - p.identityDays * 86_400_000);
  const staleIdentities = (tx: Sql) => tx`
    select i.id from identities i where i.kind = 'resident' and i.last_seen_at < ${identityCutoff}
      and not exists (select 1 from sessions s where s.identity_id = i.id)`;

  if (opts.dryRun) {
    const ids = (await due(deps.sql)).map((r) => r.id);
    const [counts] = await deps.sql<RetentionCounts[]>`
      select ${ids.length}::int as cases_anonymised,
        (select count(*) from case_events where case_id = any(${ids}::uuid[]))::int as events_redacted,
        (select count(*) from attachments where case_id = any(${ids}::uuid[]))::int as attachments_removed,
        (select count(*) from cases where id = any(${ids}::uuid[]) and resident_id is not null)::int as residents_unlinked,
        (select count(*) from resident_access_log where accessed_at < ${accessCutoff})::int as access_log_purged,
        (select count(*) from (${staleIdentities(deps.sql)}) s)::int as identities_purged,
        (select count(*) from (${toNotice(deps.sql)}) n)::int as residents_noticed,
        0 as notices_withdrawn,
        (select count(*) from (${toErase(deps.sql)}) e)::int as residents_erased`;
    return counts!;
  }

  const { counts, keys } = await deps.sql.begin(async (t) => {
    const tx = t as unknown as Sql;
    const ids = (await due(tx)).map((r) => r.id);
    const a = await anonymiseCases(tx, ids, opts.now);
    const accessLog = await tx`delete from resident_access_log where accessed_at < ${accessCutoff} returning 1`;
    const stale = (await staleIdentities(tx)).map((r) => r.id as string);
    if (stale.length) await tx`delete from identity_link_candidates where identity_id = any(${stale}::uuid[])`;
    const identities = stale.length ? await tx`delete from identities where id = any(${stale}::uuid[]) returning 1` : [];
    // Inactive residents who acted since they were told keep their record.
    const withdrawn = await tx`update residents r set inactivity_notice_at = null where r.erased_at is null and r.inactivity_notice_at is not null
      and not (${inactiveSince(tx, inactiveCutoff)} and not exists (select 1 from cases c where c.resident_id = r.id and c.updated_at >= r.inactivity_notice_at)) returning 1`;
    // Those told long enough ago are emptied: their cases (all closed) anonymised, the record emptied.
    const erased = (await toErase(tx)).map((r) => r.id);
    for (const id of erased) {
      const cases = (await tx<{ id: string }[]>`select id from cases where resident_id = ${id}`).map((c) => c.id);
      const done = await anonymiseCases(tx, cases, opts.now);
      a.storageKeys.push(...done.storageKeys);
      await emptyRecord(tx, id, opts.now);
    }
    // The newly inactive are told on their channel (a notification about their latest request, which says when).
    const noticed = (await toNotice(tx)).map((r) => r.id);
    if (noticed.length) {
      // The day on the city's calendar (a notice sent at 00:30 in Paris is still the previous day in UTC).
      const erasureOn = cityDay(new Date(opts.now.getTime() + p.noticeDays * 86_400_000));
      await tx`update residents set inactivity_notice_at = ${opts.now} where id = any(${noticed}::uuid[])`;
      await tx`insert into notifications (id, case_id, dedup_key, kind, recipient, message, created_at, available_at)
        select gen_random_uuid(), l.case_id, r.id || ':inactivity:' || ${erasureOn}, 'inactivity_notice', 'resident', jsonb_build_object('erasureOn', ${erasureOn}::text), ${opts.now}, ${opts.now}
        from unnest(${noticed}::uuid[]) as r(id)
        cross join lateral (select c.id as case_id from cases c where c.resident_id = r.id order by c.created_at desc limit 1) l
        on conflict (dedup_key) do nothing`;
    }
    return {
      counts: {
        casesAnonymised: ids.length,
        eventsRedacted: a.eventsRedacted,
        attachmentsRemoved: a.attachmentsRemoved,
        residentsUnlinked: a.residentsUnlinked,
        accessLogPurged: accessLog.length,
        identitiesPurged: identities.length,
        residentsNoticed: noticed.length,
        noticesWithdrawn: withdrawn.length,
        residentsErased: erased.length,
      },
      keys: a.storageKeys,
    };
  });
  for (const k of keys) await deps.files.delete(k).catch(() => {});
  return counts;
}
