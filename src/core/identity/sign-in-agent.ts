import { DomainError } from '../errors.js';
import type { CoreDeps, IdentityRecord } from '../ports.js';

export interface AgentSignIn {
  provider: string;
  issuer: string;
  subject: string;
  email: string;
}

const notAnAgent = () =>
  new DomainError('forbidden', 'No active Guichet agent account matches this login', {
    detailFr: "Aucun compte agent actif ne correspond à cette connexion. Demandez à l'administrateur de Guichet de créer votre compte.",
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
