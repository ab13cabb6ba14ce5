import { parsePhone } from '../contact.js';
import type { Directorate, Resident } from '../model.js';

/** How a resident is reached: email, else SMS to a number that takes one, else a letter for the mail room. */
export type ResidentRoute = { channel: 'email'; to: string } | { channel: 'sms'; to: string } | { channel: 'letter' } | null;

/** The choice of channel, one rule for every notification; `available` says what this installation can send. */
export function residentRoute(resident: Pick<Resident, 'contactPoints'>, available: { email: boolean; sms: boolean }): ResidentRoute {
  const email = resident.contactPoints.find((p) => p.kind === 'email');
  if (email && available.email) return { channel: 'email', to: email.value };
  if (available.sms) {
    // The number's type, from the numbering plan (overseas mobiles included): a landline cannot take an SMS.
    for (const p of resident.contactPoints) {
      const n = p.kind === 'phone' ? parsePhone(p.value) : null;
      if (n?.mobile) return { channel: 'sms', to: n.e164 };
    }
  }
  if (resident.contactPoints.some((p) => p.kind === 'postal_address')) return { channel: 'letter' };
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
