import type { KnowledgeArticle } from '../../src/core/model.js';
import type { KnowledgeRepository } from '../../src/core/ports.js';
import type { Sql, TxSql } from './client.js';

export function knowledgeRepository(sql: Sql | TxSql): KnowledgeRepository {
  const s = sql as Sql;
  return {
    async search(q, filter, limit) {
      const byType = filter.requestTypeCode ? s`and request_type_code = ${filter.requestTypeCode}` : s``;
      if (!q) {
        return s<(KnowledgeArticle & { rank: number })[]>`
          select id, slug, title, body, request_type_code, updated_at, status, version, 0::real as rank from knowledge_articles
          where status = 'published' ${byType} order by title limit ${limit}`;
      }
      // websearch syntax lets agents type naturally ("carte identité -passeport", "\"acte de naissance\"").
      return s<(KnowledgeArticle & { rank: number })[]>`
        select id, slug, title, body, request_type_code, updated_at, status, version, ts_rank(search, query) as rank
        from knowledge_articles, websearch_to_tsquery('guichet_fr', ${q}) query
        where search @@ query and status = 'published' ${byType}
        order by rank desc, title limit ${limit}`;
    },
    async findById(id) {
      return (await s<KnowledgeArticle[]>`select id, slug, title, body, request_type_code, updated_at, status, version from knowledge_articles where id = ${id}`)[0] ?? null;
    },
    async listAll() {
      return s<KnowledgeArticle[]>`select id, slug, title, body, request_type_code, updated_at, status, version from knowledge_articles order by slug limit 10000`;
    },
    async insert(a) {
      const rows = await s`insert into knowledge_articles (id, slug, title, body, request_type_code, status, updated_at)
        values (${a.id}, ${a.slug}, ${a.title}, ${a.body}, ${a.requestTypeCode}, ${a.status ?? 'published'}, ${a.updatedAt})
        on conflict do nothing returning id`;
      return rows.length === 1;
    },
    async update(a) {
      const [row] = await s<{ version: number }[]>`update knowledge_articles set title = ${a.title}, body = ${a.body},
        request_type_code = ${a.requestTypeCode}, status = ${a.status ?? 'published'}, updated_at = ${a.updatedAt}, version = version + 1
        where id = ${a.id} returning version`;
      return row!.version;
    },
  };
}
