import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** Secrets handed to browsers (session cookies, state, nonce) are stored as their SHA-256 only. */
export const hashSecret = (value: string) => createHash('sha256').update(value).digest('base64url');
/** 256 random bits, URL-safe. */
export const newSecret = () => randomBytes(32).toString('base64url');

/** Compared in constant time (as hashes, so lengths do not leak either); an empty expected secret never matches. */
export function sameSecret(given: string, expected: string): boolean {
  if (!expected) return false;
  const h = (v: string) => createHash('sha256').update(v).digest();
  return timingSafeEqual(h(given), h(expected));
}
