import type { CatalogueRepository, Repositories, Store } from '../../src/core/ports.js';
import { cachedCatalogue } from './cached-catalogue.js';
import { caseEventRepository } from './case-event-repository.js';
import { caseRepository } from './case-repository.js';
import { catalogueRepository } from './catalogue-repository.js';
import type { Sql, TxSql } from './client.js';
import { accessLogRepository } from './access-log-repository.js';
import { attachmentRepository } from './attachment-repository.js';
import { phoneCallRepository } from './phone-call-repository.js';
import { channelMessageRepository } from './channel-message-repository.js';
import { identityRepository } from './identity-repository.js';
import { idempotencyRepository } from './idempotency-repository.js';
import { knowledgeRepository } from './knowledge-repository.js';
import { residentMergeRepository } from './resident-merge-repository.js';
import { residentRepository } from './resident-repository.js';
import { notificationRepository } from './notification-repository.js';
import { contactConfirmationRepository } from './contact-confirmation-repository.js';

function repositories(sql: Sql | TxSql, catalogue: (tx: CatalogueRepository) => CatalogueRepository): Repositories {
  const s = sql as Sql;
  return {
    agents: {
      async findById(id) {
        return (await s<{ id: string; role: string; directorateId: string | null; active: boolean; displayName: string }[]>`
          select id, role, directorate_id, active, display_name from agents where id = ${id}`)[0] ?? null;
      },
      async findActiveByEmail(email) {
        const rows = await s<{ id: string }[]>`select id from agents where lower(email) = ${email.toLowerCase()} and active limit 2`;
        // Two active accounts with one email: refuse rather than guess which one this person is.
        return rows.length === 1 ? rows[0]!.id : null;
      },
      async setAbsent(id, absent) {
        return (await s`update agents set absent = ${absent} where id = ${id} returning id`).length === 1;
      },
      async supervisorsOf(directorateId) {
        return s<{ id: string; email: string | null }[]>`
          select a.id, a.email from agents a
          where a.role = 'supervisor' and a.active
            and (exists (select 1 from directorate_supervisors ds where ds.agent_id = a.id and ds.directorate_id = ${directorateId})
              or not exists (select 1 from directorate_supervisors ds where ds.agent_id = a.id))
          order by a.id`;
      },
      async supervisedBy(agentId) {
        return (await s<{ directorateId: string }[]>`select directorate_id from directorate_supervisors where agent_id = ${agentId} order by 1`).map((r) => r.directorateId);
      },
      async leastLoaded(directorateId) {
        const rows = await s<{ id: string }[]>`
          select a.id from agents a
          where a.directorate_id = ${directorateId} and a.role = 'directorate_agent' and a.active and not a.absent
          order by (select count(*) from cases c where c.assignee_id = a.id
                    and c.status in ('escalated', 'in_progress', 'awaiting_resident')), a.id
          limit 1`;
        return rows[0]?.id ?? null;
      },
    },
    outbox: {
      async add(caseId, signal, at) {
        await s`insert into outbox (kind, case_id, payload, created_at, available_at)
          values (${signal.kind}, ${caseId}, ${s.json({ ...signal, at: at.toISOString() } as never)}, ${at}, ${at})`;
      },
    },
    deadlineOutcomes: {
      async record(o) {
        await s`insert into deadline_outcomes (case_id, directorate_id, due_at, answered_at, met, margin_minutes)
          select id, directorate_id, ${o.dueAt}, ${o.answeredAt}, ${o.met}, ${o.marginMinutes} from cases where id = ${o.caseId}
          on conflict do nothing`;
      },
    },
    contactConfirmations: contactConfirmationRepository(sql),
    cases: caseRepository(sql),
    events: caseEventRepository(sql),
    residents: residentRepository(sql),
    residentMerges: residentMergeRepository(sql),
    catalogue: catalogue(catalogueRepository(sql)),
    knowledge: knowledgeRepository(sql),
    idempotency: idempotencyRepository(sql),
    accessLog: accessLogRepository(sql),
    identities: identityRepository(sql),
    attachments: attachmentRepository(sql),
    phoneCalls: phoneCallRepository(sql),
    channelMessages: channelMessageRepository(sql),
    notifications: notificationRepository(sql),
  };
}

export function postgresStore(sql: Sql): Store {
  const catalogue = cachedCatalogue();
  return {
    ...repositories(sql, catalogue),
    transaction: (fn) => sql.begin((tx) => fn(repositories(tx as unknown as TxSql, catalogue))) as never,
  };
}
