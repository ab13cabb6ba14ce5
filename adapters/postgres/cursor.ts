import { invalid } from '../../src/core/errors.js';

/** Opaque keyset cursors: base64url of the sort key of the last row returned. */
export function encodeCursor(parts: (string | number)[]): string {
  return Buffer.from(JSON.stringify(parts)).toString('base64url');
}

/** What each part of a cursor must be before it reaches SQL: a forged one is refused, never cast. */
export type CursorPart = 'timestamp' | 'uuid' | 'integer';

const VALID: Record<CursorPart, (s: string) => boolean> = {
  // 'infinity' sorts the rows without a due date last in the directorate queue.
  timestamp: (s) => s === 'infinity' || (/^\d{4}-\d{2}-\d{2}[T ][\d:.]+(Z|[+-]\d{2}(:?\d{2})?)?$/.test(s) && !Number.isNaN(Date.parse(s.replace(' ', 'T').replace(/([+-]\d{2})$/, '$1:00')))),
  uuid: (s) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s),
  integer: (s) => /^\d{1,18}$/.test(s),
};

export function decodeCursor(cursor: string, shape: CursorPart[]): string[] {
  try {
    const parts: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parts) && parts.length === shape.length && parts.every((p, i) => typeof p === 'string' && VALID[shape[i]!](p))) return parts as string[];
  } catch {
    // fall through
  }
  // A 422 naming the parameter, like every other invalid query parameter.
  throw invalid('cursor', 'Not a cursor returned by this API');
}
