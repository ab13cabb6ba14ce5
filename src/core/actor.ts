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
  /** An integrator's scopes (its API key's, or its access token's `scope` claim): all it may do beyond the catalogue. */
  scopes?: readonly string[];
  /** When the credential stops working (a rotated key's overlap, a token's expiry): caches keep it no longer. */
  expiresAt?: Date | null;
}

/**
 * What an integrator's key or token may do, and nothing else: a city website files requests and follows its own
 * (`cases:create`, `cases:read`), a business application reads them all, a FixMyStreet app only submits reports.
 */
export const KEY_SCOPES = [
  'cases:create',
  /** The cases this integrator filed, and only those. */
  'cases:read',
  'cases:read:all',
  'events:read',
  'attachments:read',
  'webhooks:manage',
  'open311:submit',
  'channels:ingest',
] as const;
export type KeyScope = (typeof KEY_SCOPES)[number];

/** The scopes Guichet knows among those a key or a token names (an IdP's other scopes are not ours). */
export function knownScopes(names: readonly unknown[]): KeyScope[] {
  return KEY_SCOPES.filter((s) => names.includes(s));
}

/** An integrator key issued without saying: it files requests and follows those it filed. */
export const DEFAULT_INTEGRATOR_SCOPES: readonly KeyScope[] = ['cases:create', 'cases:read'];

/** Described in the OpenAPI document, one line each. */
export const SCOPE_DESCRIPTIONS: Record<KeyScope, string> = {
  'cases:create': 'File requests (POST /v1/cases)',
  'cases:read': 'Read the cases this integrator filed, their public timeline and events',
  'cases:read:all': 'Read every case, its public timeline and events',
  'events:read': 'Read the event feed (GET /v1/events)',
  'attachments:read': 'Download the attachments of the cases it may read',
  'webhooks:manage': 'Manage its own webhook subscriptions',
  'open311:submit': 'Submit Open311 service requests and updates',
  'channels:ingest': 'Hand over what arrived on a channel (the city mail server, a social-network bridge)',
};

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
  | 'events:read'
  | 'open311:submit'
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
  admin: ['cases:create', 'cases:read', 'cases:work', 'cases:merge', 'residents:read', 'residents:merge', 'catalogue:read', 'knowledge:read', 'api_keys:manage', 'agents:manage', 'channels:ingest', 'administration', 'webhooks:manage', 'events:read', 'open311:submit'],
  // Everything else an integrator does comes from its scopes (SCOPE_PERMISSIONS).
  integrator: ['catalogue:read', 'knowledge:read'],
};

/** What each integrator scope grants; reading only its own cases or attachments is checked on the resource. */
const SCOPE_PERMISSIONS: Readonly<Record<KeyScope, readonly Permission[]>> = {
  'cases:create': ['cases:create'],
  'cases:read': ['cases:read'],
  'cases:read:all': ['cases:read'],
  'events:read': ['events:read'],
  'attachments:read': [],
  'webhooks:manage': ['webhooks:manage'],
  'open311:submit': ['open311:submit'],
  'channels:ingest': ['channels:ingest'],
};

export function hasScope(actor: Actor, scope: KeyScope): boolean {
  return actor.role === 'integrator' && (actor.scopes ?? []).includes(scope);
}

export function can(actor: Actor, permission: Permission): boolean {
  if (ROLE_PERMISSIONS[actor.role].includes(permission)) return true;
  return actor.role === 'integrator' && (actor.scopes ?? []).some((s) => SCOPE_PERMISSIONS[s as KeyScope]?.includes(permission));
}

/**
 * The integrator a case is filed by, kept on the case so that a key with `cases:read` reads those and no other
 * (a key's lineage survives its rotations; a token's client is stable).
 */
export function filedBy(actor: Actor): string | null {
  return actor.role === 'integrator' ? actor.principalId : null;
}

/** An integrator limited to the cases it filed: the principal they are filed by, else null (no such limit). */
export function ownCasesOnly(actor: Actor): string | null {
  return actor.role === 'integrator' && !hasScope(actor, 'cases:read:all') ? actor.principalId : null;
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
  const own = ownCasesOnly(actor);
  if (own) return c.filedBy === own;
  const scope = caseScope(actor);
  if (!scope) return true;
  return (c.directorateId === scope.directorateId && c.escalatedAt !== null) || (actor.agentId !== null && c.assigneeId === actor.agentId);
}

/** A case the actor may not see answers exactly like a missing one. */
export function assertCanSeeCase(actor: Actor, c: Case | null): asserts c is Case {
  if (!c || !canSeeCase(actor, c)) throw notFound('Case');
}
