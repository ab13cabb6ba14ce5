import { DomainError } from '../errors.js';

/**
 * What may be attached to a case: scans and photos. The type is the one detected from the bytes; a file
 * named `facture.pdf` that is really an executable is refused, as is anything we cannot identify.
 */
export const ATTACHMENT_TYPES: Readonly<Record<string, string>> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/heic': 'heic',
  'image/tiff': 'tif',
};

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/** Files one case may hold: a case is a request, not a file store. */
export const MAX_ATTACHMENTS_PER_CASE = 50;

export function checkAttachmentCount(existing: number): void {
  if (existing >= MAX_ATTACHMENTS_PER_CASE) {
    throw new DomainError('conflict', `A case holds at most ${MAX_ATTACHMENTS_PER_CASE} files`, {
      detailFr: `Une demande peut contenir au plus ${MAX_ATTACHMENTS_PER_CASE} fichiers. Contactez le service si vous devez en transmettre davantage.`,
      reason: 'too_many_attachments',
    });
  }
}

export function checkAttachment(detectedType: string | null, size: number, maxBytes = MAX_ATTACHMENT_BYTES): string {
  if (size === 0) throw new DomainError('validation_failed', 'The file is empty', { invalidFields: [{ path: 'file', message: 'Empty file' }], detailFr: 'Le fichier est vide.' });
  if (size > maxBytes) {
    throw new DomainError('payload_too_large', `Attachments are limited to ${Math.round(maxBytes / 1048576)} MiB`, {
      detailFr: `Le fichier dépasse la taille autorisée (${Math.round(maxBytes / 1048576)} Mo).`,
    });
  }
  if (!detectedType || !(detectedType in ATTACHMENT_TYPES)) {
    throw new DomainError('unsupported_media_type', `Accepted attachments are PDF, JPEG, PNG, WebP, HEIC and TIFF; this file is ${detectedType ?? 'of an unknown type'}`, {
      detailFr: 'Ce type de fichier n’est pas accepté : envoyez un PDF ou une photo (JPEG, PNG).',
    });
  }
  return detectedType;
}

/** A safe display name: no path, no control characters, the detected type's extension. */
export function safeFilename(name: string | undefined, detectedType: string): string {
  const base = (name ?? '').split(/[\\/]/).pop()!.replace(/[\u0000-\u001f\u007f"<>|:*?]/g, '').trim().slice(0, 120);
  const ext = ATTACHMENT_TYPES[detectedType]!;
  const stem = base.replace(/\.[^.]*$/, '') || 'piece-jointe';
  return `${stem}.${ext}`;
}
