import { assertCan, type Actor } from '../actor.js';
import { normalizePhone } from '../contact.js';
import type { Case, Resident } from '../model.js';
import type { CoreDeps, PhoneCall } from '../ports.js';

export interface CallEvent {
  callId: string;
  event: PhoneCall['event'];
  /** As the telephony system sends it: "+33612345678", "0612345678", "anonymous"… */
  callerNumber: string | null;
  at?: Date | undefined;
}

export interface ScreenPop {
  caller: string | null;
  residents: { resident: Resident; openCases: Case[] }[];
  /** False when the CTI repeated an event already recorded. */
  recorded: boolean;
}

/**
 * "Who is calling?" — the residents holding the caller's number and their open cases, for the agent's screen
 * before they pick up. The call is kept on each matched record; showing it is a read of the resident's data,
 * so it is in their access log like any other.
 */
export async function screenPop(deps: CoreDeps, actor: Actor, input: CallEvent): Promise<ScreenPop> {
  assertCan(actor, 'residents:read');
  const caller = input.callerNumber ? normalizePhone(input.callerNumber) : null;
  const hits = caller ? await deps.store.residents.search({ kind: 'phone', normalized: caller }, 5) : [];
  // The server's time, never the caller's: the resident's access log must not be back-dated.
  const at = deps.clock.now();
  // The open cases and the record of the call do not wait for each other: the agent's screen waits for both.
  const [residents, recorded] = await Promise.all([
    deps.store.cases
      .openForResidents(hits.filter((h) => h.openCases > 0).map((h) => h.resident.id), 10)
      .then((open) => hits.map((hit) => ({ resident: hit.resident, openCases: open.filter((c) => c.residentId === hit.resident.id) }))),
    deps.store.phoneCalls.record(
      { id: deps.newId(), callId: input.callId, event: input.event, caller, residentIds: hits.map((h) => h.resident.id), agentId: actor.agentId, at },
      // Showing who calls is a read of their record: in their access log, at every event that showed it.
      { actor: actor.agentId ?? actor.principalId, actorLabel: actor.label ?? null, role: actor.role, purpose: 'appel entrant' },
    ),
  ]);
  return { caller, residents, recorded };
}

/**
 * The agent's own line: the calls the telephony system reported for them, newest first, with the residents each
 * number matched — what the console shows as the screen pop. Already in those residents' access log (recorded with
 * the call), so reading it again logs nothing new.
 */
export async function myCalls(deps: CoreDeps, actor: Actor, limit: number): Promise<{ call: PhoneCall; residents: Resident[] }[]> {
  assertCan(actor, 'residents:read');
  if (!actor.agentId) return [];
  const calls = await deps.store.phoneCalls.latestForAgent(actor.agentId, limit);
  const ids = [...new Set(calls.flatMap((c) => c.residentIds))];
  const residents = new Map((await Promise.all(ids.map((id) => deps.store.residents.findById(id)))).filter((r): r is Resident => !!r).map((r) => [r.id, r]));
  return calls.map((call) => ({ call, residents: call.residentIds.map((id) => residents.get(id)).filter((r): r is Resident => !!r) }));
}
