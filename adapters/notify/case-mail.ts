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
    /**
     * A batch (the dispatcher's): the reply tokens and Message-IDs of every mail recorded in two statements,
     * then the mails sent several at once. Returns, for each mail, null or the error it met.
     */
    async sendMany(mails: { caseId: string; to: string; subject: string; text: string; messageId: string }[], concurrency: number): Promise<(Error | null)[]> {
      if (mails.length === 0) return [];
      const tokens = await deps.core.store.channelMessages.replyTokens(mails.map((m) => m.caseId), () => randomBytes(16).toString('hex'));
      const at = deps.core.clock.now();
      await deps.core.store.channelMessages.recordMany(mails.map((m) => ({ channel: 'email', externalId: m.messageId, caseId: m.caseId, direction: 'out' as const, at })));
      const results: (Error | null)[] = new Array(mails.length).fill(null);
      let next = 0;
      const lane = async () => {
        for (let i = next++; i < mails.length; i = next++) {
          const { caseId, ...m } = mails[i]!;
          await deps.sender.send({ ...m, replyTo: `reply+${tokens.get(caseId)}@${deps.domain}`, automatic: true }).catch((e: Error) => void (results[i] = e));
        }
      };
      await Promise.all(Array.from({ length: Math.min(concurrency, mails.length) }, lane));
      return results;
    },
  };
}
export type CaseMailer = ReturnType<typeof caseMailer>;
