import type { AuditEntry } from '../../src/core/model.js';
import type { AuditRepository } from '../../src/core/ports.js';
import type { Sql, TxSql } from './client.js';
import { decodeCursor, encodeCursor } from './cursor.js';

export function auditRepository(sql: Sql | TxSql): AuditRepository {
  const s = sql as Sql;
  return {
    async append(e) {
      await s`insert into admin_audit (id, at, actor, actor_label, entity, entity_id, action, before, after)
        values (${e.id}, ${e.at}, ${e.actor}, ${e.actorLabel}, ${e.entity}, ${e.entityId}, ${e.action},
          ${e.before ? s.json(e.before as never) : null}, ${e.after ? s.json(e.after as never) : null})`;
    },
    async list(filter, limit, cursor) {
      const after = cursor ? decodeCursor(cursor, ['timestamp', 'uuid']) : null;
      const rows = await s<AuditEntry[]>`
        select id, at, actor, actor_label, entity, entity_id, action, before, after from admin_audit
        where true
        ${filter.entity ? s`and entity = ${filter.entity}` : s``}
        ${filter.entityId ? s`and entity_id = ${filter.entityId}` : s``}
        ${after ? s`and (at, id) < (${after[0]!}::timestamptz, ${after[1]!}::uuid)` : s``}
        order by at desc, id desc limit ${limit + 1}`;
      const items = rows.slice(0, limit);
      const last = items[items.length - 1];
      return { items, nextCursor: rows.length > limit && last ? encodeCursor([last.at.toISOString(), last.id]) : null };
    },
  };
}
