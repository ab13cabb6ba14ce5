import type { Directorate, RequestType, RoutingRule } from '../../src/core/model.js';
import type { CatalogueRepository } from '../../src/core/ports.js';
import type { Sql, TxSql } from './client.js';

export function catalogueRepository(sql: Sql | TxSql): CatalogueRepository {
  const s = sql as Sql;
  const rtSelect = s`select id, code, label, category, directorate_id, complexity, deadline_days, extra_fields, active, auto_escalate, min_acr,
    public_report, retention_days, implicit_decision, implicit_decision_months, appeal_routes, version from request_types`;
  const dSelect = s`select id, code, name, email, phone, address, opening_hours, business_hours, staff_email, version,
    array(select to_char(d, 'YYYY-MM-DD') from unnest(closed_days) d order by d) as closed_days from directorates`;
  const rtRow = (rt: RequestType) => ({
    id: rt.id,
    code: rt.code,
    label: rt.label,
    category: rt.category,
    directorate_id: rt.directorateId,
    complexity: rt.complexity,
    deadline_days: rt.deadlineDays,
    extra_fields: s.json(rt.extraFields as never),
    active: rt.active,
    auto_escalate: rt.autoEscalate,
    min_acr: rt.minAcr,
    public_report: rt.publicReport ?? false,
    retention_days: rt.retentionDays ?? null,
    implicit_decision: rt.implicitDecision ?? 'none',
    implicit_decision_months: rt.implicitDecisionMonths ?? 2,
    appeal_routes: rt.appealRoutes ?? null,
  });
  const dRow = (d: Directorate) => ({
    id: d.id,
    code: d.code,
    name: d.name,
    email: d.email,
    phone: d.phone,
    address: d.address,
    opening_hours: d.openingHours,
    business_hours: d.businessHours ? s.json(d.businessHours as never) : null,
    staff_email: d.staffEmail ?? null,
  });
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
    async listRoutingRules() {
      return s<RoutingRule[]>`select postcode_prefix, request_type_code, directorate_id from routing_rules
        order by postcode_prefix, request_type_code nulls first, id`;
    },
    async replaceRoutingRules(rules) {
      await s`delete from routing_rules`;
      if (rules.length) {
        await s`insert into routing_rules ${s(rules.map((r) => ({ postcode_prefix: r.postcodePrefix, request_type_code: r.requestTypeCode, directorate_id: r.directorateId })))}`;
      }
    },
    async listAllRequestTypes() {
      return s<RequestType[]>`${rtSelect} order by code`;
    },
    async insertDirectorate(d) {
      const rows = await s`insert into directorates ${s(dRow(d))} on conflict do nothing returning id`;
      if (rows.length === 1) await s`update directorates set closed_days = ${d.closedDays ?? []}::date[] where id = ${d.id}`;
      return rows.length === 1;
    },
    async updateDirectorate(d) {
      const { id: _id, code: _code, ...fields } = dRow(d);
      const [row] = await s<{ version: number }[]>`update directorates set ${s(fields)}, closed_days = ${d.closedDays ?? []}::date[], version = version + 1
        where id = ${d.id} returning version`;
      return row!.version;
    },
    async insertRequestType(rt) {
      return (await s`insert into request_types ${s(rtRow(rt))} on conflict do nothing returning id`).length === 1;
    },
    async updateRequestType(rt) {
      const { id: _id, code: _code, ...fields } = rtRow(rt);
      const [row] = await s<{ version: number }[]>`update request_types set ${s(fields)}, version = version + 1 where id = ${rt.id} returning version`;
      return row!.version;
    },
  };
}
