import { caseEvent } from '../../../src/core/cases/case-event.js';
import { exposesPersonalData } from '../../../src/core/inbound/personal-data.js';
import { receiveMessage, type InboundOutcome } from '../../../src/core/inbound/receive-message.js';
import type { CoreDeps } from '../../../src/core/ports.js';
import { followUrl } from '../../../src/core/notifications/case-facts.js';
import { hideTrackingCode, socialAcknowledgement } from '../../../src/core/notifications/templates-fr.js';
import type { Logger } from '../../../src/logger.js';
import { errorKind } from '../../../src/log-safe.js';
import type { SocialMessage, SocialNetwork } from './social-network.js';

/**
 * Every network's messages take the same path: the core threads them or opens a case (the handle is an
 * unverified contact point, never an identity); the answer goes back through the network it came from.
 * A public post exposing personal data gets a public reply inviting the author to write privately.
 */
export function socialChannel(deps: { core: CoreDeps; networks: SocialNetwork[]; logger: Logger; defaultRequestTypeCode: string; publicBaseUrl: string }) {
  const byName = new Map(deps.networks.map((n) => [n.name, n]));
  return {
    async ingest(m: SocialMessage): Promise<InboundOutcome> {
      const network = byName.get(m.network);
      if (!network) throw new Error(`network ${m.network} is not configured`);
      const outcome = await receiveMessage(deps.core, m.message, { defaultRequestTypeCode: deps.defaultRequestTypeCode });
      if (outcome.kind === 'duplicate' || m.message.automated) return outcome;
      const exposed = !m.replyTo.privately && m.message.isPublic === true && exposesPersonalData(m.message.body);
      let text: string | null = null;
      if (exposed) {
        text = 'Bonjour, merci pour votre message. Pour protéger vos données personnelles, écrivez-nous en message privé : nous traiterons votre demande.';
      } else if (outcome.kind === 'created') {
        text = socialAcknowledgement({ reference: outcome.case.reference, followUrl: followUrl(deps.core, outcome.case.reference), trackingCode: outcome.trackingCode });
      }
      if (text) {
        try {
          await network.reply(m.replyTo, text);
          await deps.core.store.events.append(
            caseEvent(deps.core, outcome.case.id, exposed ? 'privacy_invitation_sent' : 'acknowledgement_sent', 'public', null, { channel: 'social', network: m.network, message: outcome.kind === 'created' ? hideTrackingCode(text, outcome.trackingCode) : text }),
          );
        } catch (err) {
          deps.logger.warn({ event: 'social_reply_failed', network: m.network, ...errorKind(err) }, 'social reply not sent');
        }
      }
      return outcome;
    },
  };
}
export type SocialChannel = ReturnType<typeof socialChannel>;
