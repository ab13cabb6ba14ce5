import { assertCan, can, type Actor } from '../actor.js';
import { notFound } from '../errors.js';
import { logShown } from './access-log.js';
import type { Case, Resident } from '../model.js';
import type { AccessLogEntry, CoreDeps, IdentityRecord, PhoneCall } from '../ports.js';

export interface ResidentRecord {
  resident: Resident;
  cases: Case[];
  /** Identities certified by FranceConnect, with their source and level: read-only for agents. */
  identities: (IdentityRecord & { lastSeenAt: Date })[];
  /** The last calls from this resident's numbers, as the telephony system reported them. */
  calls: PhoneCall[];
  /** Who read this record lately, as the resident sees it in their space. */
  accesses: AccessLogEntry[];
  /** Other records that may be the same person, still to review (only for agents who may merge). */
  duplicates: { other: Resident; reasons: string[]; detectedAt: Date }[];
}

/**
 * The 360° view: the resident and every case of theirs across channels, newest first.
 * Every read by an agent is recorded, so the resident can later see who looked at their file.
 */
export async function getResidentRecord(
  deps: CoreDeps,
  actor: Actor,
  residentId: string,
  opts: { purpose?: string | undefined; caseLimit: number },
): Promise<ResidentRecord> {
  assertCan(actor, 'residents:read');
  const resident = await deps.store.residents.findById(residentId);
  if (!resident) throw notFound('Resident');
  const [cases, identities, calls, accesses, , duplicates] = await Promise.all([
    deps.store.cases.listForResident(resident.id, opts.caseLimit),
    deps.store.identities.forResident(resident.id),
    deps.store.phoneCalls.listForResident(resident.id, 20),
    deps.store.accessLog.listForResident(resident.id, 10, null).then((p) => p.items),
    deps.store.accessLog.recordResidentAccess({
      residentId: resident.id,
      actor: actor.agentId ?? actor.principalId,
      actorLabel: actor.label ?? null,
      role: actor.role,
      purpose: opts.purpose ?? null,
      at: deps.clock.now(),
    }),
    can(actor, 'residents:merge') ? deps.store.residents.duplicateCandidatesOf(resident.id, 10) : [],
  ]);
  // The possible duplicates shown beside the record are reads of those residents' records too.
  if (duplicates.length) await logShown(deps, actor, duplicates.map((d) => ({ residentId: d.other.id })), 'doublons possibles d’un dossier consulté');
  return { resident, cases, identities, calls, accesses, duplicates };
}
