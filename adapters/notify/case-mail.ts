import { randomBytes } from 'node:crypto';
import type { CoreDeps } from '../../src/core/ports.js';
import type { EmailSender } from './email-sender.js';

/**
 * Automatic mail about a case, the one way every sender writes it: our Message-ID recorded on the case before
 * sending (a reply can only name an id we know), the case's reply address, `Auto-Submitted`.
 */
export function caseMailer(deps: { core: Pick<CoreDeps, 'store' | 'clock'>; sender: EmailSender; domain: string }) {
  return {
    async send(caseId: string, mail: { to: string; subject: string; text: string; messageId: string; inReplyTo?: string | undefined }): Promise<void> {
      const token = await deps.core.store.channelMessages.replyToken(caseId, () => randomBytes(16).toString('hex'));
      await deps.core.store.channelMessages.record('email', mail.messageId, caseId, 'out', deps.core.clock.now());
      await deps.sender.send({ ...mail, replyTo: `reply+${token}@${deps.domain}`, automatic: true });
    },
  };
}
export type CaseMailer = ReturnType<typeof caseMailer>;
