import { DIRECTORATES, KNOWLEDGE_ARTICLES, REQUEST_TYPES } from '../../src/demo/catalogue.js';
import type { Role } from '../../src/core/model.js';
import { apiKeyRepository } from './api-key-repository.js';
import type { Sql } from './client.js';

/** Loads the demo catalogue; running it twice changes nothing. */
export async function seedCatalogue(sql: Sql): Promise<void> {
  await sql.begin(async (tx) => {
    for (const d of DIRECTORATES) {
      await tx`insert into directorates (id, code, name, email, phone, address, opening_hours, business_hours)
        values (${d.id}, ${d.id}, ${d.name}, ${d.email}, ${d.phone}, ${d.address}, ${d.openingHours},
          ${d.businessHours ? tx.json(d.businessHours as never) : null}) on conflict do nothing`;
    }
    for (const rt of REQUEST_TYPES) {
      await tx`insert into request_types (id, code, label, category, directorate_id, complexity, deadline_days, extra_fields, auto_escalate, min_acr, public_report, implicit_decision)
        values (${rt.code.toLowerCase()}, ${rt.code}, ${rt.label}, ${rt.category}, ${rt.directorate}, ${rt.complexity},
          ${rt.deadlineDays}, ${tx.json((rt.extraFields ?? []) as never)}, ${rt.autoEscalate ?? false}, ${rt.minAcr ?? null}, ${rt.publicReport ?? false},
          ${rt.implicitDecision ?? 'none'}) on conflict do nothing`;
    }
    for (const a of KNOWLEDGE_ARTICLES) {
      await tx`insert into knowledge_articles (id, slug, title, body, request_type_code)
        values (${a.slug}, ${a.slug}, ${a.title}, ${a.body}, ${a.requestTypeCode}) on conflict do nothing`;
    }
  });
}

export const DEMO_AGENTS: { id: string; displayName: string; role: Exclude<Role, 'integrator'>; directorateId: string | null }[] = [
  { id: 'agent-accueil', displayName: 'Agent d’accueil (démo)', role: 'counter_agent', directorateId: 'relation-usagers' },
  { id: 'agent-voirie', displayName: 'Agent voirie (démo)', role: 'directorate_agent', directorateId: 'voirie' },
  { id: 'agent-proprete', displayName: 'Agent propreté (démo)', role: 'directorate_agent', directorateId: 'proprete' },
  { id: 'superviseur', displayName: 'Superviseur (démo)', role: 'supervisor', directorateId: null },
  { id: 'admin', displayName: 'Administrateur (démo)', role: 'admin', directorateId: null },
];

export type DemoApiKeys = Record<Role, string>;

/** A demo agent's own mailbox, which the dev mode's ProConnect-like provider also asserts at sign-in. */
export const demoAgentEmail = (id: string) => `${id}@ville-demo.fr`;

/** Demo agents and one fresh API key per role. Dev mode and tests only. */
export async function seedDemoAgents(sql: Sql): Promise<DemoApiKeys> {
  for (const a of DEMO_AGENTS) {
    await sql`insert into agents (id, display_name, role, directorate_id)
      values (${a.id}, ${a.displayName}, ${a.role}, ${a.directorateId}) on conflict do nothing`;
  }
  const keys = apiKeyRepository(sql);
  const byRole: [Role, string | null][] = [
    ['counter_agent', 'agent-accueil'],
    ['directorate_agent', 'agent-voirie'],
    ['supervisor', 'superviseur'],
    ['admin', 'admin'],
    ['integrator', null],
  ];
  const out = {} as DemoApiKeys;
  for (const [role, agentId] of byRole) {
    const agent = DEMO_AGENTS.find((a) => a.id === agentId);
    out[role] = await keys.create({
      id: `demo-${role}-${Date.now().toString(36)}`,
      label: `Démo ${role}`,
      role,
      agentId,
      directorateId: agent?.directorateId && role === 'directorate_agent' ? agent.directorateId : null,
    });
  }
  return out;
}

/** Dev mode: each demo directorate's team and each demo agent have a mailbox, so alerts land in .data/outbox (and agents sign in with it). */
export async function seedDemoMailboxes(sql: Sql): Promise<void> {
  await sql`update directorates set staff_email = 'equipe-' || id || '@ville-demo.fr' where staff_email is null`;
  for (const a of DEMO_AGENTS) await sql`update agents set email = ${demoAgentEmail(a.id)} where id = ${a.id} and email is null`;
}
