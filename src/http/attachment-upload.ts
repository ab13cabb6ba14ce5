import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { IncomingFile } from '../core/attachments/attach-file.js';
import type { AttachmentRecord } from '../core/ports.js';
import { DomainError } from '../core/errors.js';
import { Timestamp } from './schemas.js';

export const UploadForm = z.object({
  file: z.any().openapi({ type: 'string', format: 'binary', description: 'A PDF or a photo (JPEG, PNG, WebP, HEIC, TIFF); the type is detected from the content' }),
});

export const AttachmentSchema = z
  .object({
    id: z.uuid(),
    filename: z.string().openapi({ example: 'courrier.pdf' }),
    contentType: z.string().openapi({ example: 'application/pdf' }),
    size: z.number().int(),
    createdAt: Timestamp,
  })
  .openapi('Attachment');

export const attachmentBody = (a: AttachmentRecord) => ({ id: a.id, filename: a.filename, contentType: a.contentType, size: a.size, createdAt: a.createdAt.toISOString() });

/** The one `file` part of a multipart upload, with the type its bytes say it is. */
export async function fileFromForm(c: Context, detectContentType: (bytes: Uint8Array) => Promise<string | null>): Promise<IncomingFile> {
  const form = await c.req.parseBody().catch(() => {
    throw new DomainError('validation_failed', 'Send multipart/form-data with a `file` part', { invalidFields: [{ path: 'file', message: 'Required' }] });
  });
  const file = form.file;
  if (!(file instanceof File)) {
    throw new DomainError('validation_failed', 'Send multipart/form-data with a `file` part', { invalidFields: [{ path: 'file', message: 'Required' }] });
  }
  return incomingFile(file, detectContentType);
}

/** A file from a form (the API's upload, a page's), with the type its bytes say it is (never its name's). */
export async function incomingFile(file: File, detectContentType: (bytes: Uint8Array) => Promise<string | null>): Promise<IncomingFile> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  return { filename: file.name, bytes, detectedType: await detectContentType(bytes) };
}

/** Downloads are attachments with their detected type, never rendered inline by the browser. */
export function sendFile(c: Context, record: AttachmentRecord, bytes: Uint8Array): Response {
  return c.body(bytes as unknown as ArrayBuffer, 200, {
    'content-type': record.contentType,
    'content-length': String(bytes.byteLength),
    'content-disposition': `attachment; filename="${record.filename.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(record.filename)}`,
    'x-content-type-options': 'nosniff',
    'cache-control': 'private, no-store',
  });
}
