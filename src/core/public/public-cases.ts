import { timingSafeEqual } from 'node:crypto';
import type { Actor } from '../actor.js';
import { attachOnFiling, storeAttachment, type IncomingFile } from '../attachments/attach-file.js';
import { hashTrackingCode, recordCase, type CreateCaseResult } from '../cases/create-case.js';
import { DomainError, notFound } from '../errors.js';
import type { Location } from '../model.js';
import type { CoreDeps } from '../ports.js';
import { parseReference } from '../reference.js';
import type { InlineResident } from '../residents/resolve-resident.js';
import { PUBLIC_TIMELINE_LIMIT } from '../me/my-cases.js';
import { publicCase, publicTimeline, type PublicCase, type PublicEvent } from '../me/public-view.js';

export interface PublicCaseInput {
  requestTypeCode: string;
  description: string;
  location?: Location | undefined;
  extra?: Record<string, string> | undefined;
  /** Optional: who to answer. Stored as unverified contact points, like any form filled by anyone. */
  resident?: InlineResident | undefined;
}

/**
 * The city website's anonymous form. `caller` distinguishes submitters (a hash of their address) so one
 * visitor's Idempotency-Key can never replay another visitor's answer and tracking code.
 */
export async function submitPublicCase(
  deps: CoreDeps,
  caller: string,
  input: PublicCaseInput,
  idempotencyKey?: string,
  /** A photo or a PDF sent with the form: checked and stored first, written with the case or not at all. */
  attachment?: { file: IncomingFile; maxBytes?: number | undefined },
): Promise<CreateCaseResult> {
  const actor: Actor = { principalId: `public:${caller}`, role: 'resident', agentId: null, directorateId: null, residentId: null, acr: null };
  const stored = attachment ? await storeAttachment(deps, attachment.file, actor.principalId, attachment.maxBytes) : null;
  return recordCase(
    deps,
    actor,
    { channel: 'web', requestTypeCode: input.requestTypeCode, description: input.description, location: input.location, extra: input.extra, resident: input.resident },
    idempotencyKey,
    (rt) => {
      if (rt.minAcr) {
        throw new DomainError('insufficient_assurance', `A ${rt.code} request is filed only after a FranceConnect+ login`, {
          detailFr: 'Cette démarche demande une identification : connectez-vous avec FranceConnect+.',
          requiredAcr: rt.minAcr,
        });
      }
    },
    stored ? attachOnFiling(deps, actor, stored) : undefined,
  );
}

export type TrackedCase = Omit<PublicCase, 'id' | 'description'> & { timeline: Omit<PublicEvent, 'message' | 'attachments'>[] };

const unknown = () =>
  new DomainError('not_found', 'No case matches this reference and tracking code', {
    detailFr: 'Aucune demande ne correspond à cette référence et à ce code de suivi.',
  });

/**
 * Anonymous follow-up with the reference and the tracking code. A wrong code answers exactly like an
 * unknown reference. Nothing personal is shown: no description, no messages, no names — the status,
 * the expected answer date, the service in charge and the dated steps.
 */
export async function trackPublicCase(deps: CoreDeps, reference: string, trackingCode: string): Promise<TrackedCase> {
  const canonical = parseReference(reference);
  const c = canonical ? await deps.store.cases.findByReference(canonical) : null;
  // Typed on a phone: any case, with or without the dashes.
  const compact = trackingCode.toUpperCase().replace(/[\s-]/g, '');
  const given = Buffer.from(hashTrackingCode(`${compact.slice(0, 4)}-${compact.slice(4, 8)}-${compact.slice(8)}`), 'hex');
  // Every code issued for the case is valid (the first one, a receipt's, a letter's); each compared in constant time.
  const hashes = c?.trackingCodeHashes.length ? c.trackingCodeHashes : ['0'.repeat(64)];
  let match = false;
  for (const h of hashes) match = timingSafeEqual(Buffer.from(h, 'hex'), given) || match;
  if (!c || !match) throw unknown();
  // A merged case is followed on its master case; the resident keeps the code they were given.
  const shown = c.mergedInto ? await deps.store.cases.findById(c.mergedInto) : c;
  if (!shown) throw notFound('Case');
  const [view, events] = await Promise.all([publicCase(deps, shown, { withDescription: false }), deps.store.events.pageForCase(shown.id, { visibility: 'public', limit: PUBLIC_TIMELINE_LIMIT, cursor: null }).then((p) => p.items)]);
  const { id: _id, description: _d, ...rest } = view;
  return { ...rest, timeline: publicTimeline(events).map(({ message: _m, attachments: _a, ...e }) => e) };
}
