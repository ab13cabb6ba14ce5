import type { ChannelMessageRepository, QuarantinedMessage } from '../../src/core/ports.js';
import type { Sql, TxSql } from './client.js';

export function channelMessageRepository(sql: Sql | TxSql): ChannelMessageRepository {
  const s = sql as Sql;
  return {
    async record(channel, externalId, caseId, direction, at) {
      const rows = await s`insert into channel_messages (channel, external_id, case_id, direction, created_at)
        values (${channel}, ${externalId}, ${caseId}, ${direction}, ${at}) on conflict do nothing returning 1`;
      return rows.length === 1;
    },
    async caseFor(channel, externalIds) {
      if (externalIds.length === 0) return null;
      const rows = await s<{ caseId: string }[]>`select case_id from channel_messages
        where channel = ${channel} and external_id in ${s(externalIds)} order by created_at desc limit 1`;
      return rows[0]?.caseId ?? null;
    },
    async replyToken(caseId, newToken) {
      const rows = await s<{ token: string }[]>`
        with ins as (insert into case_reply_tokens (token, case_id) values (${newToken()}, ${caseId}) on conflict (case_id) do nothing returning token)
        select token from ins union all select token from case_reply_tokens where case_id = ${caseId} limit 1`;
      return rows[0]!.token;
    },
    async replyTokens(caseIds, newToken) {
      const ids = [...new Set(caseIds)];
      if (ids.length === 0) return new Map();
      await s`insert into case_reply_tokens ${s(ids.map((id) => ({ token: newToken(), case_id: id })))} on conflict (case_id) do nothing`;
      const rows = await s<{ caseId: string; token: string }[]>`select case_id, token from case_reply_tokens where case_id in ${s(ids)}`;
      return new Map(rows.map((r) => [r.caseId, r.token]));
    },
    async recordMany(rows) {
      if (rows.length === 0) return;
      await s`insert into channel_messages ${s(rows.map((r) => ({ channel: r.channel, external_id: r.externalId, case_id: r.caseId, direction: r.direction, created_at: r.at })))} on conflict do nothing`;
    },
    async bindConversation(channel, key, caseId, at) {
      await s`insert into channel_messages (channel, external_id, case_id, direction, created_at)
        values (${channel}, ${`conversation:${key}`}, ${caseId}, 'in', ${at})
        on conflict (channel, external_id) do update set case_id = excluded.case_id, created_at = excluded.created_at`;
    },
    async caseForReplyToken(token) {
      const rows = await s<{ caseId: string }[]>`select case_id from case_reply_tokens where token = ${token}`;
      return rows[0]?.caseId ?? null;
    },
    async quarantine(q) {
      await s`insert into inbound_quarantine (id, channel, reason, storage_key, size, received_at)
        values (${q.id}, ${q.channel}, ${q.reason}, ${q.storageKey}, ${q.size}, ${q.at})`;
    },
    async listQuarantined(limit) {
      return s<QuarantinedMessage[]>`select id, channel, reason, storage_key, size, received_at from inbound_quarantine
        where released_at is null order by received_at limit ${limit}`;
    },
    async findQuarantined(id) {
      const rows = await s<QuarantinedMessage[]>`select id, channel, reason, storage_key, size, received_at from inbound_quarantine
        where id = ${id} and released_at is null`;
      return rows[0] ?? null;
    },
    async releaseQuarantined(id, by, at) {
      const rows = await s<{ storageKey: string | null }[]>`
        update inbound_quarantine q set released_at = ${at}, released_by = ${by}, storage_key = null
        from (select id, storage_key from inbound_quarantine where id = ${id} for update) old
        where q.id = old.id and q.released_at is null returning old.storage_key`;
      if (rows.length === 0) return null;
      const key = rows[0]!.storageKey;
      // Content-addressed storage: the same bytes may be another quarantined copy or an attachment.
      const held = key
        ? await s`select 1 from inbound_quarantine where storage_key = ${key} union all select 1 from attachments where storage_key = ${key} limit 1`
        : [];
      return { unusedKey: key && held.length === 0 ? key : null };
    },
  };
}
