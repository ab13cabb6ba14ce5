import { DomainError, notFound } from './errors.js';
import type { Case, Role } from './model.js';

/** Residents act only on their own record; every other role is an agent's or an integrator's. */
export type ActorRole = Role | 'resident';

/** Who is calling: resolved from an API key, a bearer token or a session before any use case runs. */
export interface Actor {
  /** The API key, token client or identity that authenticated the call; used for idempotency scoping and audit. */
  principalId: string;
  role: ActorRole;
  agentId: string | null;
  directorateId: string | null;
  /** A signed-in resident's record (after merges), or null while an agent has not confirmed who they are. */
  residentId?: string | null;
  /** The level of assurance of the login behind the call (eidas1…3), when there was one. */
  acr?: string | null;
  /** How the resident's access log names this caller: an agent's name, an API key's label. */
  label?: string | null;
  /** What an API key may reach beyond its role (`attachments:read` for an integrator). */
  scopes?: readonly string[];
}

/** Scopes an API key may carry. */
export const KEY_SCOPES = ['attachments:read'] as const;

/** Integrators see what the resident sees of a case: never internal notes or internal events. */
export function seesInternalEvents(actor: Actor): boolean {
  return actor.role !== 'integrator' && actor.role !== 'resident';
}

export type Permission =
  | 'cases:create'
  | 'cases:read'
  | 'cases:work'
  | 'cases:merge'
  | 'residents:read'
  | 'residents:merge'
  | 'catalogue:read'
  | 'knowledge:read'
  | 'api_keys:manage'
  | 'agents:manage'
  | 'channels:ingest'
  /** Webhook subscriptions: an integrator its own, an admin every one. */
  | 'webhooks:manage'
  /** Agents, API keys and the audit trail of administrative changes. */
  | 'administration';

/**
 * What each role may do. Resource-level scoping (a directorate agent sees only its
 * directorate's cases) is checked separately, on the resource, and answers 404.
 */
export const ROLE_PERMISSIONS: Readonly<Record<ActorRole, readonly Permission[]>> = {
  // A resident reads the public catalogue; their rights on cases are on their own record only,
  // checked by the use cases under core/me.
  resident: ['catalogue:read', 'knowledge:read'],
  counter_agent: ['cases:create', 'cases:read', 'cases:work', 'cases:merge', 'residents:read', 'residents:merge', 'catalogue:read', 'knowledge:read'],
  directorate_agent: ['cases:read', 'cases:work', 'catalogue:read', 'knowledge:read'],
  supervisor: ['cases:create', 'cases:read', 'cases:work', 'cases:merge', 'residents:read', 'residents:merge', 'catalogue:read', 'knowledge:read', 'agents:manage'],
  admin: ['cases:create', 'cases:read', 'cases:work', 'cases:merge', 'residents:read', 'residents:merge', 'catalogue:read', 'knowledge:read', 'api_keys:manage', 'agents:manage', 'channels:ingest', 'administration', 'webhooks:manage'],
  // The city's mail server, social-network bridges: they hand over what arrived.
  integrator: ['cases:create', 'cases:read', 'catalogue:read', 'knowledge:read', 'channels:ingest', 'webhooks:manage'],
};

export function can(actor: Actor, permission: Permission): boolean {
  return ROLE_PERMISSIONS[actor.role].includes(permission);
}

export function assertCan(actor: Actor, permission: Permission): void {
  if (!can(actor, permission)) {
    throw new DomainError('forbidden', `The ${actor.role} role does not have the ${permission} permission`);
  }
}

/** Directorate agents are scoped to their directorate; everyone else with cases:read sees all cases. */
export function caseScope(actor: Actor): { directorateId: string } | null {
  return actor.role === 'directorate_agent' ? { directorateId: actor.directorateId ?? '-' } : null;
}

/**
 * A directorate agent sees what reached their directorate: cases escalated to it (and still with it), and
 * cases assigned to them — not every case of a type it owns from the moment the counter records it.
 */
export function canSeeCase(actor: Actor, c: Case): boolean {
  const scope = caseScope(actor);
  if (!scope) return true;
  return (c.directorateId === scope.directorateId && c.escalatedAt !== null) || (actor.agentId !== null && c.assigneeId === actor.agentId);
}

/** A case the actor may not see answers exactly like a missing one. */
export function assertCanSeeCase(actor: Actor, c: Case | null): asserts c is Case {
  if (!c || !canSeeCase(actor, c)) throw notFound('Case');
}
