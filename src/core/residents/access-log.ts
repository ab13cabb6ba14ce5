import type { Actor } from '../actor.js';
import type { CoreDeps } from '../ports.js';

/**
 * Every agent or application read that shows a resident's personal data is in that resident's access log: a
 * record opened, but also the residents a search, a list or a screen pop showed — with the server's time and
 * the purpose the agent gave (X-Access-Purpose), else what the screen was for.
 */
export async function logShown(
  deps: Pick<CoreDeps, 'store' | 'clock'>,
  actor: Actor,
  shown: { residentId: string | null; caseId?: string | null }[],
  purpose: string,
): Promise<void> {
  const at = deps.clock.now();
  const seen = new Set<string>();
  const entries = shown.flatMap((s) => {
    if (!s.residentId) return [];
    const key = `${s.residentId}:${s.caseId ?? ''}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ residentId: s.residentId, actor: actor.agentId ?? actor.principalId, actorLabel: actor.label ?? null, role: actor.role, purpose, caseId: s.caseId ?? null, at }];
  });
  await deps.store.accessLog.recordMany(entries);
}
