import { DomainError } from '../errors.js';
import type { CoreDeps, IdentityRecord } from '../ports.js';

export interface AgentSignIn {
  provider: string;
  issuer: string;
  subject: string;
  email: string;
  /** Whether the provider says it verified the email (`email_verified: true`); only then may a first login bind. */
  emailVerified: boolean;
  /** The domains an agent's email may have to bind on a first login (the city's own); empty: any. */
  allowedDomains?: readonly string[] | undefined;
}

const notAnAgent = (reason?: 'email_not_verified' | 'email_domain_not_allowed') =>
  new DomainError('forbidden', 'No active Guichet agent account matches this login', {
    detailFr: "Aucun compte agent actif ne correspond à cette connexion. Demandez à l'administrateur de Guichet de créer votre compte.",
    ...(reason ? { reason } : {}),
  });

/**
 * Agents must already exist and be active in Guichet: their role and directorate come from Guichet.
 * A first login binds (issuer, sub) to the agent whose email the provider asserted; later logins use
 * that binding only, so a changed email at the IdP cannot move an account.
 */
export async function signInAgent(deps: CoreDeps, input: AgentSignIn): Promise<IdentityRecord> {
  return deps.store.transaction(async (tx) => {
    const now = deps.clock.now();
    const known = await tx.identities.findByIssuerSubject(input.issuer, input.subject);
    if (known) {
      if (known.kind !== 'agent' || !known.agentId) throw notAnAgent();
      const agent = await tx.agents.findById(known.agentId);
      if (!agent?.active) throw notAnAgent();
      await tx.identities.refresh(known.id, null, null, now);
      return known;
    }
    // The first login binds by email: an unverified address, or one outside the city's domains, proves nothing.
    const domain = input.email.split('@')[1]?.toLowerCase() ?? '';
    if (!input.emailVerified) throw notAnAgent('email_not_verified');
    if (input.allowedDomains?.length && !input.allowedDomains.some((d) => d.toLowerCase() === domain)) throw notAnAgent('email_domain_not_allowed');
    const agentId = await tx.agents.findActiveByEmail(input.email);
    if (!agentId) throw notAnAgent();
    const identity: IdentityRecord = {
      id: deps.newId(),
      provider: input.provider,
      issuer: input.issuer,
      subject: input.subject,
      kind: 'agent',
      residentId: null,
      agentId,
      certified: null,
      certifiedLevel: null,
      linkStatus: 'linked',
    };
    await tx.identities.insert(identity, now);
    return identity;
  });
}
