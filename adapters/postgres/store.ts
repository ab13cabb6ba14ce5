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
import { agentRepository } from './agent-repository.js';
import { apiKeyRepository } from './api-key-repository.js';
import { auditRepository } from './audit-repository.js';
import { webhookRepository } from './webhook-repository.js';
import { statisticsRepository } from './statistics-repository.js';
import { satisfactionRepository } from './satisfaction-repository.js';
import { subjectAccessRepository } from './subject-access-repository.js';
import { erasureRepository } from './erasure-repository.js';
import { eventFeedRepository } from './event-feed-repository.js';

function repositories(sql: Sql | TxSql, catalogue: (tx: CatalogueRepository) => CatalogueRepository): Repositories {
  const s = sql as Sql;
  return {
    agents: agentRepository(sql),
    apiKeys: apiKeyRepository(s),
    webhooks: webhookRepository(sql),
    audit: auditRepository(sql),
    outbox: {
      async add(caseId, signal, at) {
        await s`insert into outbox (kind, case_id, payload, created_at, available_at)
          values (${signal.kind}, ${caseId}, ${s.json({ ...signal, at: at.toISOString() } as never)}, ${at}, ${at})`;
      },
    },
    deadlineOutcomes: {
      async record(o) {
        await s`insert into deadline_outcomes (case_id, directorate_id, due_at, answered_at, met, margin_minutes, business_days)
          select id, directorate_id, ${o.dueAt}, ${o.answeredAt}, ${o.met}, ${o.marginMinutes}, ${o.businessDays} from cases where id = ${o.caseId}
          on conflict do nothing`;
      },
    },
    statistics: statisticsRepository(sql),
    satisfaction: satisfactionRepository(sql),
    subjectAccess: subjectAccessRepository(sql),
    erasure: erasureRepository(sql),
    eventFeed: eventFeedRepository(sql),
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
