import type { FileStorage } from '../../src/core/ports.js';
import type { Sql } from './client.js';
import { uuidv7 } from '../../src/ids.js';

/** How long what is kept is kept (days), as the city configured it. */
export interface RetentionPeriods {
  /** A closed case of a type without its own period (request_types.retention_days). */
  casesDays: number;
  /** Who read which record: the access log. */
  accessLogDays: number;
  /** A FranceConnect or ProConnect identity not seen since, and without a session. */
  identityDays: number;
}

export const DEFAULT_RETENTION_PERIODS: RetentionPeriods = { casesDays: 1095, accessLogDays: 730, identityDays: 1095 };

export interface RetentionCounts {
  casesAnonymised: number;
  eventsRedacted: number;
  attachmentsRemoved: number;
  residentsUnlinked: number;
  accessLogPurged: number;
  identitiesPurged: number;
}

/**
 * The one path that anonymises cases (retention, erasure): in the caller's transaction. Returns what it did and the
 * storage keys of the attachments it removed (their bytes go once no other attachment holds them).
 */
export async function anonymiseCases(tx: Sql, ids: string[], now: Date): Promise<{ eventsRedacted: number; residentsUnlinked: number; attachmentsRemoved: number; storageKeys: string[] }> {
  if (ids.length === 0) return { eventsRedacted: 0, residentsUnlinked: 0, attachmentsRemoved: 0, storageKeys: [] };
  // The one path allowed to rewrite timeline entries (migration 029's trigger checks what it writes).
  await tx`set local guichet.anonymising = 'on'`;
  const redacted = await tx`update case_events set data = guichet_redacted(data), redacted_at = ${now} where case_id = any(${ids}::uuid[]) and redacted_at is null returning 1`;
  const unlinked = await tx`select 1 from cases where id = any(${ids}::uuid[]) and resident_id is not null`;
  await tx`update cases set description = '[anonymisé]',
      location = case when guichet_postcode(location) <> '' then jsonb_build_object('postcode', guichet_postcode(location)) end,
      extra = '{}', resident_id = null, contact_point_ids = '{}', anonymised_at = ${now}
    where id = any(${ids}::uuid[])`;
  await tx`update satisfaction_surveys set comment = null where case_id = any(${ids}::uuid[])`;
  await tx`update notifications set message = '{}' where case_id = any(${ids}::uuid[])`;
  await tx`delete from case_reply_tokens where case_id = any(${ids}::uuid[])`;
  await tx`delete from case_tracking_codes where case_id = any(${ids}::uuid[])`;
  await tx`insert into case_events (id, case_id, type, visibility, actor_id, data, created_at)
    select x.id, x.case_id, 'case_anonymised', 'internal', null, '{}'::jsonb, ${now}
    from unnest(${ids.map(() => uuidv7())}::uuid[], ${ids}::uuid[]) as x(id, case_id)`;
  const files = await tx<{ storageKey: string }[]>`delete from attachments where case_id = any(${ids}::uuid[]) returning storage_key`;
  const candidates = [...new Set(files.map((f) => f.storageKey))];
  const still = candidates.length ? new Set((await tx<{ storageKey: string }[]>`select distinct storage_key from attachments where storage_key in ${tx(candidates)}`).map((r) => r.storageKey)) : new Set<string>();
  return { eventsRedacted: redacted.length, residentsUnlinked: unlinked.length, attachmentsRemoved: files.length, storageKeys: candidates.filter((k) => !still.has(k)) };
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
        (select count(*) from (${staleIdentities(deps.sql)}) s)::int as identities_purged`;
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
    return {
      counts: {
        casesAnonymised: ids.length,
        eventsRedacted: a.eventsRedacted,
        attachmentsRemoved: a.attachmentsRemoved,
        residentsUnlinked: a.residentsUnlinked,
        accessLogPurged: accessLog.length,
        identitiesPurged: identities.length,
      },
      keys: a.storageKeys,
    };
  });
  for (const k of keys) await deps.files.delete(k).catch(() => {});
  return counts;
}
