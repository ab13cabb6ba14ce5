import { assertCan, DEFAULT_INTEGRATOR_SCOPES, KEY_SCOPES, type Actor } from '../actor.js';
import { DomainError, invalid, notFound } from '../errors.js';
import type { ApiKeyRecord, Role } from '../model.js';
import type { CoreDeps, Repositories } from '../ports.js';
import { audit } from './audit.js';

export interface ApiKeyInput {
  label: string;
  role: Role;
  agentId?: string | null | undefined;
  directorateId?: string | null | undefined;
  scopes?: string[] | undefined;
  /**
   * The operator at the shell may issue a staff key that belongs to no agent (the first admin key of an
   * installation, before any agent exists); through the API a staff key always belongs to an agent.
   */
  standalone?: boolean | undefined;
}

export async function listApiKeys(deps: CoreDeps, actor: Actor): Promise<ApiKeyRecord[]> {
  assertCan(actor, 'administration');
  return deps.store.apiKeys.list();
}

/** A key for an agent takes the agent's role (and directorate); an integrator's stands alone. */
async function checkKey(tx: Repositories, input: ApiKeyInput): Promise<{ directorateId: string | null; scopes: string[] }> {
  const scopes = [...new Set(input.scopes ?? (input.role === 'integrator' ? DEFAULT_INTEGRATOR_SCOPES : []))].sort();
  const unknown = scopes.filter((s) => !(KEY_SCOPES as readonly string[]).includes(s));
  if (unknown.length) throw invalid('scopes', `Unknown scope ${unknown.join(', ')}; known: ${KEY_SCOPES.join(', ')}`);
  if (input.role !== 'integrator' && scopes.length) throw invalid('scopes', 'Scopes are for integrators: an agent’s key does what the agent’s role does');
  if (input.role === 'integrator' && scopes.length === 0) throw invalid('scopes', `Say what the key may do: ${KEY_SCOPES.join(', ')}`);
  let directorateId = input.directorateId ?? null;
  if (input.agentId) {
    const agent = await tx.agents.get(input.agentId);
    if (!agent) throw invalid('agentId', `Unknown agent: ${input.agentId}`);
    if (agent.role !== input.role) throw invalid('role', `Agent ${input.agentId} is a ${agent.role}, not a ${input.role}`);
    directorateId ??= agent.directorateId;
  } else if (input.role !== 'integrator' && !input.standalone) {
    throw invalid('agentId', 'A key with an agent role belongs to an agent (create the agent first)');
  }
  if (input.role === 'directorate_agent' && !directorateId) throw invalid('directorateId', 'A directorate agent’s key needs a directorate');
  return { directorateId, scopes };
}

/** A new key; the secret is in the answer once and never again (only its hash is kept). */
export async function issueApiKey(deps: CoreDeps, actor: Actor, input: ApiKeyInput): Promise<{ key: string; record: ApiKeyRecord }> {
  assertCan(actor, 'administration');
  if (!input.label.trim()) throw invalid('label', 'Say what the key is for (a workstation, an application)');
  return deps.store.transaction(async (tx) => {
    const { directorateId, scopes } = await checkKey(tx, input);
    const id = deps.newId();
    const key = await tx.apiKeys.issue({ id, label: input.label.trim(), role: input.role, agentId: input.agentId ?? null, directorateId, scopes });
    const record = (await tx.apiKeys.get(id))!;
    await audit(deps, tx, actor, { entity: 'api_key', entityId: id, action: 'issued', before: null, after: record });
    return { key, record };
  });
}

/** Revoked at once in every process (the key cache listens for the change). */
export async function revokeApiKey(deps: CoreDeps, actor: Actor, id: string): Promise<ApiKeyRecord> {
  assertCan(actor, 'administration');
  return deps.store.transaction(async (tx) => {
    const before = await tx.apiKeys.get(id);
    if (!before) throw notFound('API key');
    if (!(await tx.apiKeys.revoke(id, actor.agentId ?? actor.principalId, deps.clock.now()))) throw new DomainError('conflict', 'This key is revoked already');
    const after = (await tx.apiKeys.get(id))!;
    await audit(deps, tx, actor, { entity: 'api_key', entityId: id, action: 'revoked', before, after });
    return after;
  });
}

/** How long a rotated key may keep working beside its successor, at most: a week to redeploy an application. */
export const MAX_KEY_OVERLAP_HOURS = 168;

/**
 * A new secret with the same label, role, agent and scopes (and lineage: the cases it filed and its subscriptions
 * stay its own). The old key stops now, or after `overlapHours` while the application is redeployed.
 */
export async function rotateApiKey(deps: CoreDeps, actor: Actor, id: string, opts: { overlapHours?: number | undefined } = {}): Promise<{ key: string; record: ApiKeyRecord }> {
  assertCan(actor, 'administration');
  const overlap = opts.overlapHours ?? 0;
  if (!Number.isInteger(overlap) || overlap < 0 || overlap > MAX_KEY_OVERLAP_HOURS) throw invalid('overlapHours', `A whole number of hours from 0 to ${MAX_KEY_OVERLAP_HOURS}`);
  return deps.store.transaction(async (tx) => {
    const old = await tx.apiKeys.get(id);
    if (!old) throw notFound('API key');
    if (old.revokedAt) throw new DomainError('conflict', 'A revoked key cannot be rotated; issue a new one');
    if (old.replacedBy) throw new DomainError('conflict', `This key was rotated already; rotate its successor ${old.replacedBy}`);
    const newId = deps.newId();
    const lineage = await tx.apiKeys.lineageOf(id);
    const key = await tx.apiKeys.issue({ id: newId, label: old.label, role: old.role, agentId: old.agentId, directorateId: old.directorateId, scopes: old.scopes, lineage });
    const now = deps.clock.now();
    if (overlap > 0) await tx.apiKeys.retire(id, newId, new Date(now.getTime() + overlap * 3_600_000));
    else await tx.apiKeys.revoke(id, actor.agentId ?? actor.principalId, now, newId);
    const record = (await tx.apiKeys.get(newId))!;
    await audit(deps, tx, actor, { entity: 'api_key', entityId: id, action: 'rotated', before: old, after: await tx.apiKeys.get(id) });
    await audit(deps, tx, actor, { entity: 'api_key', entityId: newId, action: 'issued', before: null, after: record });
    return { key, record };
  });
}
