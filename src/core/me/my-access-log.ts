import type { Actor } from '../actor.js';
import type { AccessLogEntry, CoreDeps, Page } from '../ports.js';
import { residentOf } from './resident-actor.js';

const ROLE_LABELS_FR: Record<string, string> = {
  counter_agent: "Agent d'accueil",
  directorate_agent: 'Agent de direction',
  supervisor: 'Superviseur',
  admin: 'Administrateur',
  integrator: 'Application de la ville',
};

/** Who read the resident's record or cases, when and why: what the RGPD promises, shown to the resident. */
export async function myAccessLog(
  deps: CoreDeps,
  actor: Actor,
  limit: number,
  cursor: string | null,
): Promise<Page<{ at: Date; who: string; role: string; roleLabel: string; purpose: string | null; caseId: string | null }>> {
  const residentId = residentOf(actor);
  if (!residentId) return { items: [], nextCursor: null };
  const page = await deps.store.accessLog.listForResident(residentId, limit, cursor);
  return {
    nextCursor: page.nextCursor,
    items: page.items.map((e: AccessLogEntry) => ({
      at: e.at,
      who: e.actorLabel ?? ROLE_LABELS_FR[e.role] ?? e.role,
      role: e.role,
      roleLabel: ROLE_LABELS_FR[e.role] ?? e.role,
      purpose: e.purpose,
      caseId: e.caseId ?? null,
    })),
  };
}
