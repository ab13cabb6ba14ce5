import { randomBytes } from 'node:crypto';

let lastMs = 0;
let seq = 0;

/**
 * UUIDv7: time-ordered, so new cases and events land at the end of their indexes
 * instead of all over them (PostgreSQL 17 has no uuidv7()). A 12-bit counter keeps ids
 * made in the same millisecond in creation order, so timelines sort by id as written.
 */
export function uuidv7(now = Date.now()): string {
  if (now <= lastMs) {
    now = lastMs;
    seq++;
    if (seq > 0xfff) {
      now = ++lastMs;
      seq = 0;
    }
  } else {
    lastMs = now;
    seq = 0;
  }
  const b = randomBytes(16);
  b.writeUIntBE(now, 0, 6);
  b[6] = 0x70 | (seq >> 8);
  b[7] = seq & 0xff;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
