import { DomainError } from '../errors.js';

/** What ProConnect (or a city IdP) tells about a public agent. */
export interface AgentClaims {
  uid: string;
  siret: string;
  email: string;
  givenName: string;
  usualName: string;
  idpId: string | null;
  roles: string[];
}

export interface AgentLoginPolicy {
  /** ProConnect federates many IdPs, some on foreign cloud identity platforms: only these are let in. */
  idpAllowlist?: string[] | undefined;
  siretAllowlist?: string[] | undefined;
  emailDomains?: string[] | undefined;
}

function refused(reason: string): DomainError {
  return new DomainError('identity_rejected', `Agent login refused: ${reason}`, {
    detailFr: "Votre compte ne permet pas d'accéder à Guichet. Contactez l'administrateur de votre service.",
    reason: 'agent_refused',
  });
}

function str(v: unknown, claim: string): string {
  if (typeof v !== 'string' || !v.trim()) throw refused(`the ${claim} claim is missing`);
  return v.trim();
}

export function parseAgentClaims(claims: Record<string, unknown>, policy: AgentLoginPolicy): AgentClaims {
  const out: AgentClaims = {
    uid: str(claims.uid, 'uid'),
    siret: str(claims.siret, 'siret'),
    email: str(claims.email, 'email').toLowerCase(),
    givenName: str(claims.given_name, 'given_name'),
    usualName: str(claims.usual_name, 'usual_name'),
    idpId: typeof claims.idp_id === 'string' ? claims.idp_id : null,
    roles: Array.isArray(claims.roles) ? claims.roles.filter((r): r is string => typeof r === 'string') : [],
  };
  if (!/^\d{14}$/.test(out.siret)) throw refused('siret is not 14 digits');
  if (policy.idpAllowlist && (!out.idpId || !policy.idpAllowlist.includes(out.idpId))) throw refused('the identity provider (idp_id) is not on the allowlist');
  if (policy.siretAllowlist && !policy.siretAllowlist.includes(out.siret)) throw refused('the organisation (siret) is not allowed');
  if (policy.emailDomains && !policy.emailDomains.some((d) => out.email.endsWith(`@${d.toLowerCase()}`))) throw refused('the email domain is not allowed');
  return out;
}
