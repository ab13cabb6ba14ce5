import type { CoreDeps } from '../ports.js';
import { generateTrackingCode } from '../reference.js';
import { hashTrackingCode } from './create-case.js';

/** A fresh tracking code and the only thing kept of it, its hash. */
export function newTrackingCode(): { code: string; codeHash: string } {
  const code = generateTrackingCode();
  return { code, codeHash: hashTrackingCode(code) };
}

/**
 * A tracking code for a resident who has no online account, issued when the message carrying it is made (the
 * printed receipt, the acknowledgement letter, the SMS, the social reply): only its hash is kept, and every code
 * issued for a case stays valid beside the first one.
 */
export async function issueTrackingCode(deps: Pick<CoreDeps, 'store' | 'clock'>, caseId: string, issuedFor: 'receipt' | 'letter' | 'email' | 'sms' | 'social'): Promise<string> {
  const { code, codeHash } = newTrackingCode();
  await deps.store.cases.addTrackingCode(caseId, codeHash, issuedFor, deps.clock.now());
  return code;
}
