import { assertCan, type Actor } from '../actor.js';
import type { AuditedEntity, AuditEntry } from '../model.js';
import type { CoreDeps, Page, Repositories } from '../ports.js';

/** Dates as ISO strings, so the trail reads the same in JSON whatever the record held. */
function plain(record: object | null): Record<string, unknown> | null {
  return record ? (JSON.parse(JSON.stringify(record)) as Record<string, unknown>) : null;
}

/** Written in the transaction of the change it records: a change without its trail line never lands. */
export async function audit(
  deps: Pick<CoreDeps, 'newId' | 'clock'>,
  tx: Repositories,
  actor: Actor,
  change: { entity: AuditedEntity; entityId: string; action: string; before: object | null; after: object | null },
): Promise<void> {
  await tx.audit.append({
    id: deps.newId(),
    at: deps.clock.now(),
    actor: actor.agentId ?? actor.principalId,
    actorLabel: actor.label ?? null,
    entity: change.entity,
    entityId: change.entityId,
    action: change.action,
    before: plain(change.before),
    after: plain(change.after),
  });
}

export async function listAudit(
  deps: CoreDeps,
  actor: Actor,
  filter: { entity?: AuditedEntity | undefined; entityId?: string | undefined },
  limit: number,
  cursor: string | null,
): Promise<Page<AuditEntry>> {
  assertCan(actor, 'administration');
  return deps.store.audit.list(filter, limit, cursor);
}
