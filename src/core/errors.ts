/**
 * Domain errors carry a stable code; only the HTTP edge maps codes to statuses.
 * Messages are in English for integrators; `detailFr` is what a resident or agent may be shown.
 */
export type ErrorCode =
  | 'not_found'
  | 'forbidden'
  | 'unauthenticated'
  | 'validation_failed'
  | 'invalid_transition'
  | 'conflict'
  | 'precondition_failed'
  | 'idempotency_key_reused'
  | 'identity_rejected'
  | 'invalid_login_state'
  | 'insufficient_assurance'
  | 'rate_limited'
  | 'payload_too_large'
  | 'unsupported_media_type';

export interface InvalidField {
  path: string;
  message: string;
}

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extra: { detailFr?: string; invalidFields?: InvalidField[]; [k: string]: unknown } = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const notFound = (what: string) => new DomainError('not_found', `${what} not found`);
export const forbidden = (what: string) => new DomainError('forbidden', `Your role may not ${what}`);
export const invalid = (path: string, message: string) =>
  new DomainError('validation_failed', 'The request is not valid', { invalidFields: [{ path, message }] });
