import { parsePhone } from '../contact.js';
import type { Case, ContactPoint, Directorate, Resident } from '../model.js';

/** How a resident is reached: email, else SMS to a number that takes one, else a letter for the mail room. */
export type ResidentRoute = ({ channel: 'email' | 'sms' | 'letter'; to: string; point: ContactPoint }) | null;

/**
 * The points a message about this case may go to: those the resident gave for this very case first, then the
 * verified ones. A point another request added, unverified, is never used — whoever typed it may not be the
 * resident (issue 10: the anonymous form could otherwise take over a resident's notifications).
 */
export function reachablePoints(resident: Pick<Resident, 'contactPoints'>, c: Pick<Case, 'contactPointIds'>): ContactPoint[] {
  const own = new Set(c.contactPointIds);
  return [...resident.contactPoints.filter((p) => own.has(p.id)), ...resident.contactPoints.filter((p) => !own.has(p.id) && p.verified)];
}

/** The choice of channel, one rule for every notification; `available` says what this installation can send. */
export function residentRoute(resident: Pick<Resident, 'contactPoints'>, c: Pick<Case, 'contactPointIds'>, available: { email: boolean; sms: boolean }): ResidentRoute {
  const points = reachablePoints(resident, c);
  const email = points.find((p) => p.kind === 'email');
  if (email && available.email) return { channel: 'email', to: email.value, point: email };
  if (available.sms) {
    // The number's type, from the numbering plan (overseas mobiles included): a landline cannot take an SMS.
    for (const p of points) {
      const n = p.kind === 'phone' ? parsePhone(p.value) : null;
      if (n?.mobile) return { channel: 'sms', to: n.e164, point: p };
    }
  }
  const address = points.find((p) => p.kind === 'postal_address');
  if (address) return { channel: 'letter', to: address.value, point: address };
  return null;
}

/**
 * Who receives a staff alert by email: the directorate's shared mailbox for its team, the supervisors' own
 * addresses for theirs. The inbox (GET /v1/alerts) has it either way.
 */
export function staffRecipients(audience: 'directorate' | 'supervisor', directorate: Pick<Directorate, 'staffEmail'> | null, supervisors: { email: string | null }[]): string[] {
  if (audience === 'directorate') return directorate?.staffEmail ? [directorate.staffEmail] : [];
  return [...new Set(supervisors.map((s) => s.email).filter((e): e is string => !!e))];
}
