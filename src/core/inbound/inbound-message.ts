import type { IncomingFile } from '../attachments/attach-file.js';
import type { Channel, ContactKind } from '../model.js';

/**
 * What every channel adapter turns its input into: an email, a Mastodon mention, a Facebook page message.
 * The core decides new case or thread from this alone, so adding a channel touches no core code.
 */
export interface InboundMessage {
  channel: Extract<Channel, 'email' | 'social'>;
  /** The channel's own id for the message (Message-ID, status id): a second delivery is recorded once. */
  externalId: string | null;
  /** Who wrote, as an unverified contact point: an address or a handle, never an identity. */
  from: {
    kind: ContactKind;
    value: string;
    displayName?: string | undefined;
    /**
     * Whether the channel proved the sender owns that address or handle: DMARC passed for an email's From, the
     * network itself named the author of a social message. An unproved sender threads onto nothing by itself.
     */
    authenticated?: boolean | undefined;
  };
  subject: string | null;
  body: string;
  thread: {
    /** From a per-case reply address (reply+<token>@…). */
    replyToken?: string | undefined;
    /** Ids of the messages this one answers (In-Reply-To, References; the replied-to status). */
    inReplyTo: string[];
    /**
     * A conversation without reply ids (a page's private messages with one person): its messages go to the
     * conversation's open case.
     */
    conversationKey?: string | undefined;
  };
  /** Posted publicly (a public mention): the answer must not repeat personal data in public. */
  isPublic?: boolean | undefined;
  /**
   * Sent by a machine (auto-reply, bulk or list mail, a bounce): recorded like any message but never
   * answered automatically — how helpdesks avoid ping-pong.
   */
  automated: boolean;
  attachments: IncomingFile[];
  receivedAt: Date;
}
