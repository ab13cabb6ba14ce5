import { assertCan, type Actor } from '../actor.js';
import { DomainError, invalid, notFound } from '../errors.js';
import type { AgentRecord } from '../model.js';
import type { CoreDeps, Repositories } from '../ports.js';
import { audit } from './audit.js';

export type AgentRole = AgentRecord['role'];
export const AGENT_ROLES: readonly AgentRole[] = ['counter_agent', 'directorate_agent', 'supervisor', 'admin'];

export interface AgentInput {
  id: string;
  displayName: string;
  email?: string | null | undefined;
  role: AgentRole;
  directorateId?: string | null | undefined;
}

export type AgentPatch = Partial<Pick<AgentRecord, 'displayName' | 'email' | 'role' | 'directorateId' | 'active'>>;

/** A directorate agent belongs to an existing directorate; other roles may be tied to one or not. */
async function checkDirectorate(tx: Repositories, role: AgentRole, directorateId: string | null): Promise<void> {
  if (role === 'directorate_agent' && !directorateId) throw invalid('directorateId', 'A directorate agent belongs to a directorate');
  if (directorateId && !(await tx.catalogue.directorateById(directorateId))) throw invalid('directorateId', `Unknown directorate: ${directorateId}`);
}

export async function listAgents(deps: CoreDeps, actor: Actor): Promise<AgentRecord[]> {
  assertCan(actor, 'administration');
  return deps.store.agents.list();
}

export async function createAgent(deps: CoreDeps, actor: Actor, input: AgentInput): Promise<AgentRecord> {
  assertCan(actor, 'administration');
  if (!/^[a-z0-9][a-z0-9._-]{1,63}$/i.test(input.id)) throw invalid('id', 'Letters, digits, dots, dashes and underscores (2 to 64)');
  return deps.store.transaction(async (tx) => {
    const directorateId = input.directorateId ?? null;
    await checkDirectorate(tx, input.role, directorateId);
    const row = { id: input.id, displayName: input.displayName.trim(), email: input.email?.trim() || null, role: input.role, directorateId, active: true, createdAt: deps.clock.now() };
    if (!(await tx.agents.insert(row))) throw new DomainError('conflict', `An agent ${input.id} exists already`);
    const created = (await tx.agents.get(input.id))!;
    await audit(deps, tx, actor, { entity: 'agent', entityId: created.id, action: 'created', before: null, after: created });
    return created;
  });
}

/**
 * Changes an agent: name, email, role, directorate, or deactivates them (their keys and sessions stop at once in
 * every process). An admin cannot take away their own administration, so an installation keeps one.
 */
export async function updateAgent(deps: CoreDeps, actor: Actor, id: string, patch: AgentPatch, expectedVersion?: number): Promise<AgentRecord> {
  assertCan(actor, 'administration');
  return deps.store.transaction(async (tx) => {
    const before = await tx.agents.get(id, { forUpdate: true });
    if (!before) throw notFound('Agent');
    if (expectedVersion !== undefined && before.version !== expectedVersion) {
      throw new DomainError('precondition_failed', `The agent changed since you read it (version ${before.version}, you sent ${expectedVersion})`);
    }
    const next: AgentRecord = {
      ...before,
      ...(patch.displayName !== undefined ? { displayName: patch.displayName.trim() } : {}),
      ...(patch.email !== undefined ? { email: patch.email?.trim() || null } : {}),
      ...(patch.role !== undefined ? { role: patch.role } : {}),
      ...(patch.directorateId !== undefined ? { directorateId: patch.directorateId } : {}),
      ...(patch.active !== undefined ? { active: patch.active } : {}),
    };
    if (next.role !== 'directorate_agent' && patch.role !== undefined && patch.directorateId === undefined && before.role === 'directorate_agent') next.directorateId = null;
    await checkDirectorate(tx, next.role, next.directorateId);
    if (id === actor.agentId && (!next.active || next.role !== 'admin')) {
      throw new DomainError('conflict', 'You cannot deactivate yourself or give up your own administration; ask another admin');
    }
    const after = await tx.agents.update(next, deps.clock.now());
    const action = before.active && !after.active ? 'deactivated' : !before.active && after.active ? 'reactivated' : 'updated';
    await audit(deps, tx, actor, { entity: 'agent', entityId: id, action, before, after });
    return after;
  });
}
