import type { InboundMessage } from '../../../src/core/inbound/inbound-message.js';

/** One social network behind one port: what arrives is an InboundMessage; answers go back the same way. */
export interface SocialNetwork {
  name: 'mastodon' | 'facebook';
  /** Answers the author: privately when `privately`, else in reply to their post. */
  reply(to: { handle: string; inReplyTo: string | null; privately: boolean }, text: string): Promise<void>;
}

/** A message from a network, with what replying needs. */
export interface SocialMessage {
  network: SocialNetwork['name'];
  message: InboundMessage;
  replyTo: { handle: string; inReplyTo: string | null; privately: boolean };
}
