import type { SubjectAccessData, SubjectAccessRepository } from '../../src/core/ports.js';
import type { Sql, TxSql } from './client.js';

/**
 * Everything held on a person, table by table (tests/accountability/subject-access.test.ts enumerates the tables
 * that refer to residents and checks each one is here). Secrets are never part of it: session and token hashes.
 */
export function subjectAccessRepository(sql: Sql | TxSql): SubjectAccessRepository {
  const s = sql as Sql;
  return {
    async collect(residentId) {
      // The record and every record merged into it: they are the same person.
      const ids = (
        await s<{ id: string }[]>`
          with recursive chain(id) as (select ${residentId}::uuid union select r.id from residents r join chain c on r.merged_into = c.id)
          select id from chain`
      ).map((r) => r.id);
      const [records, contactPoints, cases, accessLog, identities, linkCandidates, sessions, duplicates, merges, calls, nameWords] = await Promise.all([
        s`select id, given_name, family_name, to_char(birth_date, 'YYYY-MM-DD') as birth_date, merged_into, created_at, updated_at from residents where id in ${s(ids)} order by created_at`,
        s`select id, resident_id, kind, value, verified, provenance, verified_by, verified_at, created_at from contact_points where resident_id in ${s(ids)} order by created_at, id`,
        s`select c.id, c.resident_id, c.reference, c.channel, rt.code as request_type_code, rt.label as request_type_label, c.directorate_id, c.description, c.location,
             c.status, c.extra, c.created_at, c.updated_at, c.due_at,
             coalesce((select json_agg(json_build_object('type', e.type, 'visibility', e.visibility, 'at', e.created_at, 'data', e.data) order by e.created_at, e.id)
               from case_events e where e.case_id = c.id), '[]') as events,
             coalesce((select json_agg(json_build_object('fileName', a.filename, 'contentType', a.content_type, 'size', a.size, 'at', a.created_at) order by a.created_at)
               from attachments a where a.case_id = c.id), '[]') as attachments,
             coalesce((select json_agg(json_build_object('kind', n.kind, 'channel', n.channel, 'status', n.status, 'at', n.created_at) order by n.created_at)
               from notifications n where n.case_id = c.id and n.recipient = 'resident'), '[]') as notifications,
             (select json_build_object('score', sv.score, 'comment', sv.comment, 'answeredAt', sv.answered_at) from satisfaction_surveys sv where sv.case_id = c.id) as satisfaction
           from cases c join request_types rt on rt.id = c.request_type_id where c.resident_id in ${s(ids)} order by c.created_at`,
        s`select resident_id, actor_label, role, purpose, case_id, accessed_at from resident_access_log where resident_id in ${s(ids)} order by accessed_at, id`,
        s`select id, resident_id, provider, kind, given_name, family_name, birth_date, gender, birthplace, birthcountry, certified_level, link_status, first_seen_at, last_seen_at
           from identities where resident_id in ${s(ids)} order by first_seen_at`,
        s`select resident_id, reasons, created_at, decided_at, decision from identity_link_candidates where resident_id in ${s(ids)} order by created_at`,
        s`select resident_id, provider, acr, created_at, last_seen_at, expires_at from sessions where resident_id in ${s(ids)} order by created_at`,
        s`select resident_a, resident_b, reasons, detected_at, dismissed_at from resident_duplicate_candidates where resident_a in ${s(ids)} or resident_b in ${s(ids)} order by detected_at`,
        s`select survivor_id, merged_id, merged_by, created_at, undone_at from resident_merges where survivor_id in ${s(ids)} or merged_id in ${s(ids)} order by created_at`,
        s`select call_id, event, caller, at from phone_calls where resident_ids && ${ids}::uuid[] order by at`,
        s`select distinct token from resident_tokens where resident_id in ${s(ids)} order by token`,
      ]);
      return {
        records,
        contactPoints,
        cases,
        accessLog,
        identities,
        identityLinkCandidates: linkCandidates,
        sessions,
        duplicateCandidates: duplicates,
        merges,
        phoneCalls: calls,
        nameSearchWords: nameWords.map((w) => (w as { token: string }).token),
      } as unknown as SubjectAccessData;
    },
  };
}
