import { createHash, randomBytes } from 'node:crypto';

/** Secrets handed to browsers (session cookies, state, nonce) are stored as their SHA-256 only. */
export const hashSecret = (value: string) => createHash('sha256').update(value).digest('base64url');
/** 256 random bits, URL-safe. */
export const newSecret = () => randomBytes(32).toString('base64url');
