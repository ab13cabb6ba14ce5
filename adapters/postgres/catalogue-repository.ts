import type { Directorate, RequestType } from '../../src/core/model.js';
import type { CatalogueRepository } from '../../src/core/ports.js';
import type { Sql, TxSql } from './client.js';

export function catalogueRepository(sql: Sql | TxSql): CatalogueRepository {
  const s = sql as Sql;
  const rtSelect = s`select id, code, label, category, directorate_id, complexity, deadline_days, extra_fields, active, auto_escalate, min_acr from request_types`;
  const dSelect = s`select id, code, name, email, phone, address, opening_hours, business_hours, staff_email from directorates`;
  return {
    async requestTypeByCode(code) {
      return (await s<RequestType[]>`${rtSelect} where code = ${code}`)[0] ?? null;
    },
    async requestTypeById(id) {
      return (await s<RequestType[]>`${rtSelect} where id = ${id}`)[0] ?? null;
    },
    async listRequestTypes(f) {
      return s<RequestType[]>`${rtSelect} where active
        ${f.category ? s`and category = ${f.category}` : s``}
        ${f.directorateId ? s`and directorate_id = ${f.directorateId}` : s``}
        ${f.complexity ? s`and complexity = ${f.complexity}` : s``}
        order by category, label`;
    },
    async directorateById(id) {
      return (await s<Directorate[]>`${dSelect} where id = ${id}`)[0] ?? null;
    },
    async routeByPostcode(code, postcode) {
      const rows = await s<{ directorateId: string }[]>`
        select directorate_id from routing_rules
        where starts_with(${postcode}, postcode_prefix) and (request_type_code is null or request_type_code = ${code})
        order by (request_type_code is null), length(postcode_prefix) desc limit 1`;
      return rows[0]?.directorateId ?? null;
    },
    async listDirectorates() {
      return s<Directorate[]>`${dSelect} order by name`;
    },
  };
}
