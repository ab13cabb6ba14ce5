import type { Sql } from './client.js';
import { uuidv7 } from '../../src/ids.js';

/** The writes of anonymisation, one path for retention, erasure and inactive residents (migration 029). */

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
 * Empties a resident's record and those merged into it: contact points, identities and sessions, name index,
 * duplicate pairs, calls' links; the name replaced. Its cases were anonymised before (they stay, unlinked).
 */
export async function emptyRecord(tx: Sql, residentId: string, at: Date): Promise<void> {
  const ids = (await tx<{ id: string }[]>`
    with recursive chain(id) as (select ${residentId}::uuid union select r.id from residents r join chain c on r.merged_into = c.id)
    select id from chain`).map((r) => r.id);
  const identities = tx`select id from identities where resident_id = any(${ids}::uuid[])`;
  await tx`delete from sessions where resident_id = any(${ids}::uuid[]) or identity_id in (${identities})`;
  await tx`delete from identity_link_candidates where resident_id = any(${ids}::uuid[]) or identity_id in (${identities})`;
  await tx`delete from identities where resident_id = any(${ids}::uuid[])`;
  await tx`delete from contact_point_confirmations where contact_point_id in (select id from contact_points where resident_id = any(${ids}::uuid[]))`;
  await tx`update cases set contact_point_ids = '{}' where contact_point_ids && (select coalesce(array_agg(id), '{}') from contact_points where resident_id = any(${ids}::uuid[]))`;
  await tx`delete from contact_points where resident_id = any(${ids}::uuid[])`;
  await tx`delete from resident_duplicate_candidates where resident_a = any(${ids}::uuid[]) or resident_b = any(${ids}::uuid[])`;
  await tx`update name_tokens n set residents = greatest(0, n.residents - x.n)
    from (select token, count(*)::int as n from resident_tokens where resident_id = any(${ids}::uuid[]) group by token) x where n.token = x.token`;
  await tx`delete from resident_tokens where resident_id = any(${ids}::uuid[])`;
  await tx`delete from resident_name_pairs where resident_id = any(${ids}::uuid[])`;
  await tx`update phone_calls set resident_ids = array(select unnest(resident_ids) except select unnest(${ids}::uuid[])) where resident_ids && ${ids}::uuid[]`;
  await tx`update residents set given_name = 'Anonyme', family_name = 'Anonyme', birth_date = null, updated_at = ${at}, erased_at = ${at}, inactivity_notice_at = null where id = any(${ids}::uuid[])`;
}

