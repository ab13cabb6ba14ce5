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
          select id, slug, title, body, request_type_code, updated_at, 0::real as rank from knowledge_articles
          where true ${byType} order by title limit ${limit}`;
      }
      // websearch syntax lets agents type naturally ("carte identité -passeport", "\"acte de naissance\"").
      return s<(KnowledgeArticle & { rank: number })[]>`
        select id, slug, title, body, request_type_code, updated_at, ts_rank(search, query) as rank
        from knowledge_articles, websearch_to_tsquery('guichet_fr', ${q}) query
        where search @@ query ${byType}
        order by rank desc, title limit ${limit}`;
    },
    async findById(id) {
      return (await s<KnowledgeArticle[]>`select id, slug, title, body, request_type_code, updated_at from knowledge_articles where id = ${id}`)[0] ?? null;
    },
  };
}
