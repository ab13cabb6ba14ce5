import type { Case, CaseEvent } from '../../src/core/model.js';
import type { CaseFilter, CaseRepository, NewCase, Page } from '../../src/core/ports.js';
import type { Sql, TxSql } from './client.js';
import { decodeCursor, encodeCursor } from './cursor.js';

const COLUMNS = (sql: Sql | TxSql) => sql`
  c.id, c.reference, c.channel, c.request_type_id, rt.code as request_type_code, c.directorate_id,
  c.resident_id, c.description, c.location, c.priority, c.status, c.assignee_id, c.merged_into,
  c.answered_by_article_id, c.extra, c.version, c.created_at, c.updated_at,
  c.escalated_at, c.accepted_at, c.due_at, c.deadline_state, c.transfer_count, c.remaining_minutes,
  c.missing_items_asked_at, c.completed_at, c.filed_by, c.contact_point_ids::text[] as contact_point_ids`;

const eventRow = (e: CaseEvent) => ({
  id: e.id,
  type: e.type,
  visibility: e.visibility,
  actor_id: e.actorId,
  data: e.data,
  created_at: e.createdAt.toISOString(),
});

export function caseRepository(sql: Sql | TxSql): CaseRepository {
  const s = sql as Sql;
  return {
    async insert(c: NewCase, events: CaseEvent[]) {
      // One statement: the events are written only if the case row was (a taken reference writes nothing).
      const rows = await s`
        with inserted as (
          insert into cases (id, reference, tracking_code_hash, channel, request_type_id, directorate_id, resident_id,
            description, location, priority, status, assignee_id, merged_into, answered_by_article_id, extra,
            contact_point_ids, filed_by, version, created_at, updated_at)
          values (${c.id}, ${c.reference}, ${c.trackingCodeHash}, ${c.channel}, ${c.requestTypeId}, ${c.directorateId},
            ${c.residentId}, ${c.description}, ${c.location ? s.json(c.location as never) : null}, ${c.priority}, ${c.status},
            ${c.assigneeId}, ${c.mergedInto}, ${c.answeredByArticleId}, ${s.json(c.extra as never)}, ${c.contactPointIds}::uuid[], ${c.filedBy ?? null}, 1, ${c.createdAt}, ${c.createdAt})
          on conflict (reference) do nothing
          returning id
        ), events as (
          insert into case_events (id, case_id, type, visibility, actor_id, data, created_at)
          select e.id, inserted.id, e.type, e.visibility, e.actor_id, e.data, e.created_at
          from inserted, jsonb_to_recordset(${s.json(events.map(eventRow) as never)}::jsonb)
            as e(id uuid, type text, visibility text, actor_id text, data jsonb, created_at timestamptz)
        )
        select id from inserted`;
      return rows.length === 1;
    },
    async findById(id, opts) {
      const rows = await s<Case[]>`
        select ${COLUMNS(s)} from cases c join request_types rt on rt.id = c.request_type_id
        where c.id = ${id} ${opts?.forUpdate ? s`for update of c` : s``}`;
      return rows[0] ?? null;
    },
    async findManyByIds(ids) {
      if (ids.length === 0) return [];
      return s<Case[]>`select ${COLUMNS(s)} from cases c join request_types rt on rt.id = c.request_type_id where c.id in ${s(ids)}`;
    },
    async addTrackingCodes(codes) {
      if (codes.length === 0) return;
      await s`insert into case_tracking_codes ${s(codes.map((c) => ({ case_id: c.caseId, code_hash: c.codeHash, issued_for: c.issuedFor, issued_at: c.at })))} on conflict do nothing`;
    },
    async findByReference(reference) {
      const rows = await s<(Case & { trackingCodeHashes: string[] })[]>`
        select ${COLUMNS(s)}, array[c.tracking_code_hash] || array(select t.code_hash from case_tracking_codes t where t.case_id = c.id order by t.issued_at) as tracking_code_hashes
        from cases c join request_types rt on rt.id = c.request_type_id
        where c.reference = ${reference}`;
      return rows[0] ?? null;
    },
    async addTrackingCode(caseId, codeHash, issuedFor, at) {
      await s`insert into case_tracking_codes (case_id, code_hash, issued_for, issued_at) values (${caseId}, ${codeHash}, ${issuedFor}, ${at}) on conflict do nothing`;
    },
    async update(c) {
      const rows = await s<{ version: number }[]>`
        update cases set status = ${c.status}, assignee_id = ${c.assigneeId}, merged_into = ${c.mergedInto},
          directorate_id = ${c.directorateId}, priority = ${c.priority}, updated_at = ${c.updatedAt},
          escalated_at = ${c.escalatedAt}, accepted_at = ${c.acceptedAt}, transfer_count = ${c.transferCount},
          due_at = ${c.dueAt}, deadline_state = ${c.deadlineState}, remaining_minutes = ${c.remainingMinutes},
          missing_items_asked_at = ${c.missingItemsAskedAt ?? null}, completed_at = ${c.completedAt ?? null}, version = version + 1
        where id = ${c.id} returning version`;
      return { ...c, version: rows[0]!.version };
    },
    async list(filter: CaseFilter, limit: number, cursor: string | null): Promise<Page<Case>> {
      const after = cursor ? decodeCursor(cursor, ['timestamp', 'uuid']) : null;
      const conds = [s`true`];
      if (filter.status?.length) conds.push(s`c.status in ${s(filter.status)}`);
      if (filter.channel?.length) conds.push(s`c.channel in ${s(filter.channel)}`);
      if (filter.requestTypeId) conds.push(s`c.request_type_id = ${filter.requestTypeId}`);
      if (filter.reachedDirectorateOrAssignedTo) {
        // Assigned to the agent, anywhere; or escalated and now with the directorate.
        conds.push(s`((c.escalated_at is not null ${filter.directorateId ? s`and c.directorate_id = ${filter.directorateId}` : s``}) or c.assignee_id = ${filter.reachedDirectorateOrAssignedTo})`);
      } else if (filter.directorateId) conds.push(s`c.directorate_id = ${filter.directorateId}`);
      if (filter.residentId) conds.push(s`c.resident_id = ${filter.residentId}`);
      if (filter.filedBy) conds.push(s`c.filed_by = ${filter.filedBy}`);
      if (filter.assigneeId) conds.push(s`c.assignee_id = ${filter.assigneeId}`);
      if (filter.createdFrom) conds.push(s`c.created_at >= ${filter.createdFrom}`);
      if (filter.createdTo) conds.push(s`c.created_at < ${filter.createdTo}`);
      if (filter.deadlineState?.length) conds.push(s`c.deadline_state in ${s(filter.deadlineState)}`);
      if (filter.minTransfers !== undefined) conds.push(s`c.transfer_count >= ${filter.minTransfers}`);
      if (after) conds.push(s`(c.created_at, c.id) < (${after[0]!}::timestamptz, ${after[1]!}::uuid)`);
      const where = conds.reduce((acc, cond) => s`${acc} and ${cond}`);
      const rows = await s<Case[]>`
        select ${COLUMNS(s)} from cases c join request_types rt on rt.id = c.request_type_id
        where ${where} order by c.created_at desc, c.id desc limit ${limit + 1}`;
      const items = rows.slice(0, limit);
      const last = items[items.length - 1];
      return { items, nextCursor: rows.length > limit && last ? encodeCursor([last.createdAt.toISOString(), last.id]) : null };
    },
    async queue(directorateId, limit, cursor, filter = {}) {
      const after = cursor ? decodeCursor(cursor, ['timestamp', 'uuid']) : null;
      // 'infinity' puts paused cases (no due date) after every dated one, in one keyset order.
      const rows = await s<(Case & { sortDue: string })[]>`
        select ${COLUMNS(s)}, coalesce(c.due_at, 'infinity'::timestamptz)::text as sort_due
        from cases c join request_types rt on rt.id = c.request_type_id
        where c.directorate_id = ${directorateId} and c.status in ('escalated', 'in_progress', 'awaiting_resident')
        ${filter.assigneeId ? s`and c.assignee_id = ${filter.assigneeId}` : filter.unassigned ? s`and c.assignee_id is null` : s``}
        ${filter.requestTypeCode ? s`and rt.code = ${filter.requestTypeCode}` : s``}
        ${after ? s`and (coalesce(c.due_at, 'infinity'::timestamptz), c.id) > (${after[0]!}::timestamptz, ${after[1]!}::uuid)` : s``}
        order by coalesce(c.due_at, 'infinity'::timestamptz), c.id limit ${limit + 1}`;
      const items = rows.slice(0, limit).map(({ sortDue: _s, ...c }) => c as Case);
      const last = rows[limit - 1];
      return { items, nextCursor: rows.length > limit && last ? encodeCursor([last.sortDue, last.id]) : null };
    },
    async publicReports(f) {
      return s<Case[]>`
        select ${COLUMNS(s)} from cases c join request_types rt on rt.id = c.request_type_id and rt.public_report
        where true
        ${f.references ? s`and c.reference in ${s(f.references)}` : s``}
        ${f.requestTypeCode ? s`and rt.code = ${f.requestTypeCode}` : s``}
        ${f.from ? s`and c.created_at >= ${f.from}` : s``}
        ${f.to ? s`and c.created_at <= ${f.to}` : s``}
        ${f.open === undefined ? s`` : f.open ? s`and c.status in ('received', 'in_progress', 'escalated', 'awaiting_resident')` : s`and c.status not in ('received', 'in_progress', 'escalated', 'awaiting_resident')`}
        order by c.created_at desc, c.id desc limit ${f.limit}`;
    },
    async listForResident(residentId, limit) {
      return s<Case[]>`
        select ${COLUMNS(s)} from cases c join request_types rt on rt.id = c.request_type_id
        where c.resident_id = ${residentId} order by c.created_at desc limit ${limit}`;
    },
    async openForResidents(residentIds, limitPerResident) {
      if (residentIds.length === 0) return [];
      return s<Case[]>`
        select x.* from unnest(${residentIds}::uuid[]) as rid, lateral (
          select ${COLUMNS(s)} from cases c join request_types rt on rt.id = c.request_type_id
          where c.resident_id = rid and c.status in ('received', 'in_progress', 'escalated', 'awaiting_resident')
          order by c.created_at desc limit ${limitPerResident}) x`;
    },
    async reassignResident(caseIds, fromId, toId) {
      const rows =
        caseIds === 'all'
          ? await s<{ id: string }[]>`update cases set resident_id = ${toId}, version = version + 1 where resident_id = ${fromId} returning id`
          : caseIds.length === 0
            ? []
            : await s<{ id: string }[]>`update cases set resident_id = ${toId}, version = version + 1 where resident_id = ${fromId} and id in ${s(caseIds)} returning id`;
      return rows.map((r) => r.id);
    },
  };
}
