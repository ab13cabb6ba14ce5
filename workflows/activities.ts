import { STATUS_LABELS_FR } from '../src/core/case-status.js';
import type { Sql } from '../adapters/postgres/client.js';
import { uuidv7 } from '../src/ids.js';

/**
 * Activities of the case workflow, built from their dependencies (the database) by a factory.
 * Each is idempotent: a retried activity changes nothing twice and never records a notification twice.
 */
export function createCaseActivities(deps: { sql: Sql; now?: () => Date }) {
  const { sql } = deps;
  const now = deps.now ?? (() => new Date());

  async function event(tx: Sql, caseId: string, type: string, visibility: 'public' | 'internal', data: Record<string, unknown>) {
    await tx`insert into case_events (id, case_id, type, visibility, actor_id, data, created_at)
      values (${uuidv7()}, ${caseId}, ${type}, ${visibility}, 'system', ${tx.json(data as never)}, ${now()})`;
  }

  return {
    /** Writes the expected answer date and deadline state on the case; an event only when they change. */
    async recordDeadline(input: { caseId: string; dueAt: string | null; state: string; reason: string }): Promise<void> {
      await sql.begin(async (tx) => {
        const t = tx as unknown as Sql;
        const changed = await t`update cases set due_at = ${input.dueAt}, deadline_state = ${input.state}, version = version + 1
          where id = ${input.caseId} and (due_at is distinct from ${input.dueAt}::timestamptz or deadline_state is distinct from ${input.state})
          returning id`;
        if (changed.length === 0) return;
        const type = input.state === 'at_risk' ? 'deadline_at_risk' : input.state === 'breached' ? 'deadline_breached' : 'deadline_updated';
        await event(t, input.caseId, type, type === 'deadline_updated' ? 'public' : 'internal', { dueAt: input.dueAt, state: input.state, reason: input.reason });
      });
    },

    /** Records an outgoing notification once per deduplication key, and says so on the timeline. */
    async notify(input: { caseId: string; kind: string; dedupKey: string; to: 'resident' | 'directorate' | 'supervisor' }): Promise<void> {
      await sql.begin(async (tx) => {
        const t = tx as unknown as Sql;
        const inserted = await t`insert into notifications (id, case_id, dedup_key, kind, recipient, created_at)
          values (${uuidv7()}, ${input.caseId}, ${input.dedupKey}, ${input.kind}, ${input.to}, ${now()})
          on conflict (dedup_key) do nothing returning id`;
        if (inserted.length === 0) return;
        await event(t, input.caseId, 'notification_recorded', input.to === 'resident' ? 'public' : 'internal', { kind: input.kind, to: input.to });
      });
    },

    async recordOutcome(input: { caseId: string; answeredAt: string; dueAt: string | null; consumedMinutes: number; budgetMinutes: number }): Promise<void> {
      if (!input.dueAt) return;
      await sql`insert into deadline_outcomes (case_id, directorate_id, due_at, answered_at, met, margin_minutes)
        select id, directorate_id, ${input.dueAt}, ${input.answeredAt}, ${input.consumedMinutes < input.budgetMinutes},
          ${Math.round(input.budgetMinutes - input.consumedMinutes)}
        from cases where id = ${input.caseId}
        on conflict do nothing`;
    },

    /** Closes a case still resolved when its reopening window ends. */
    async closeResolvedCase(input: { caseId: string }): Promise<void> {
      await sql.begin(async (tx) => {
        const t = tx as unknown as Sql;
        const closed = await t`update cases set status = 'closed', updated_at = ${now()}, version = version + 1
          where id = ${input.caseId} and status = 'resolved' returning id`;
        if (closed.length === 0) return;
        await event(t, input.caseId, 'status_changed', 'public', { from: 'resolved', to: 'closed', labelFr: STATUS_LABELS_FR.closed, automatic: true });
        // The resident hears of it on their channel (the notification dispatcher sends it).
        await t`insert into notifications (id, case_id, dedup_key, kind, recipient, message, created_at, available_at)
          select ${uuidv7()}, id, ${`${input.caseId}:case_closed:auto`}, 'case_closed', 'resident', '{}'::jsonb, ${now()}, ${now()}
          from cases where id = ${input.caseId} and resident_id is not null
          on conflict (dedup_key) do nothing`;
      });
    },
  };
}

export type CaseActivities = ReturnType<typeof createCaseActivities>;
