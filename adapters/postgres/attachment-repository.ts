import type { AttachmentRecord, AttachmentRepository } from '../../src/core/ports.js';
import type { Sql, TxSql } from './client.js';

export function attachmentRepository(sql: Sql | TxSql): AttachmentRepository {
  const s = sql as Sql;
  return {
    async insert(a) {
      await s`insert into attachments ${s({
        id: a.id,
        case_id: a.caseId,
        event_id: a.eventId,
        filename: a.filename,
        content_type: a.contentType,
        size: a.size,
        sha256: a.sha256,
        storage_key: a.storageKey,
        uploaded_by: a.uploadedBy,
        created_at: a.createdAt,
      })}`;
    },
    async findById(id) {
      return (await s<AttachmentRecord[]>`select * from attachments where id = ${id}`)[0] ?? null;
    },
    async bindToEvent(ids, eventId) {
      if (ids.length) await s`update attachments set event_id = ${eventId} where id in ${s(ids)} and event_id is null`;
    },
    async listForCase(caseId) {
      return s<AttachmentRecord[]>`select * from attachments where case_id = ${caseId} order by created_at, id`;
    },
  };
}
