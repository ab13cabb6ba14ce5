import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ZodError } from 'zod';
import { DomainError, type ErrorCode, type InvalidField } from '../core/errors.js';
import type { Logger } from '../logger.js';

/** RFC 9457 problem details; each `type` is a page of the installation (`/problems/{slug}`) saying what to do. */

export type ProblemCode =
  | ErrorCode
  | 'bad_request'
  | 'route_not_found'
  | 'method_not_allowed'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'internal_error';

export const STATUS: Record<ProblemCode, ContentfulStatusCode> = {
  not_found: 404,
  route_not_found: 404,
  forbidden: 403,
  unauthenticated: 401,
  validation_failed: 422,
  invalid_transition: 409,
  conflict: 409,
  precondition_failed: 412,
  idempotency_key_reused: 422,
  identity_rejected: 401,
  invalid_login_state: 400,
  insufficient_assurance: 403,
  rate_limited: 429,
  bad_request: 400,
  method_not_allowed: 405,
  payload_too_large: 413,
  unsupported_media_type: 415,
  internal_error: 500,
};

export const PROBLEM_CODES = Object.keys(STATUS) as ProblemCode[];

/** The `type`'s last segment: `validation_failed` → `validation-failed`. */
export const problemSlug = (code: ProblemCode) => code.replace(/_/g, '-');

export const TITLES: Record<ProblemCode, string> = {
  not_found: 'Resource not found',
  route_not_found: 'No such route',
  forbidden: 'Not allowed',
  unauthenticated: 'Authentication required',
  validation_failed: 'The request is not valid',
  invalid_transition: 'Not possible in the current state',
  conflict: 'Conflict',
  precondition_failed: 'The resource changed since you read it',
  idempotency_key_reused: 'Idempotency-Key reused with another request',
  identity_rejected: 'The identity provider response was refused',
  invalid_login_state: 'Unknown, used or expired login',
  insufficient_assurance: 'A higher level of identity assurance is needed',
  rate_limited: 'Too many requests',
  bad_request: 'Bad request',
  method_not_allowed: 'Method not allowed',
  payload_too_large: 'Request body too large',
  unsupported_media_type: 'Unsupported media type',
  internal_error: 'Internal error',
};

/** What each problem means for the caller, and what to do: the problem's page. */
export const PROBLEM_HELP: Record<ProblemCode, string> = {
  not_found: 'The resource does not exist, or you may not see it (both answer the same, so that nothing is learnt from the difference). Check the identifier, and that your key’s scopes reach it (cases:read reads only the cases your integration filed).',
  route_not_found: 'No operation has this path. The OpenAPI document (/openapi.json, /docs) lists them all.',
  forbidden: 'You are authenticated, but your role or your key’s scopes do not allow this operation. The document lists the scope each operation needs; ask the city for a key that carries it.',
  unauthenticated: 'Send Authorization: Bearer with an API key issued by the city or an access token from the city’s identity provider. A revoked key, an expired rotation overlap or an expired token answer this too.',
  validation_failed: 'The request does not match the document: invalidFields names each field and why. Nothing was written.',
  invalid_transition: 'The case’s status does not allow this change now (a closed case takes no message, a merged one is written on its master). Read the case again and see its status.',
  conflict: 'The request conflicts with the current state (it was done already, or something it needs is gone). Read the resource again.',
  precondition_failed: 'The If-Match you sent is not the resource’s current ETag: someone changed it since you read it. Read it again, re-apply your change, send the new ETag.',
  idempotency_key_reused: 'This Idempotency-Key was used before with a different request. Use a new key for each intended creation, and the same key only to retry the same request.',
  identity_rejected: 'The identity provider’s answer was refused (signature, issuer, audience, nonce or identity claims). Sign in again.',
  invalid_login_state: 'The sign-in was unknown, already used or expired. Start it again.',
  insufficient_assurance: 'This needs a higher level of identity assurance (eIDAS) than the sign-in gave. Sign in again with a stronger means.',
  rate_limited: 'Too many requests: wait the number of seconds given in Retry-After before trying again.',
  bad_request: 'The request could not be read (for example a body that is not valid JSON, or a malformed form).',
  method_not_allowed: 'The path exists, but not with this method: the Allow header lists those it takes.',
  payload_too_large: 'The body is larger than this installation accepts (attachments have their own, larger limit).',
  unsupported_media_type: 'Send the body with the Content-Type the operation takes (usually application/json; multipart/form-data for files; text/csv for catalogue imports), and a body where one is required.',
  internal_error: 'Something failed on the city’s side; nothing was applied. Retry later with the same Idempotency-Key, and quote the requestId if it persists.',
};

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  code: ProblemCode;
  invalidFields?: InvalidField[];
  [k: string]: unknown;
}

export function problem(c: Context, code: ProblemCode, detail?: string, extra: Record<string, unknown> = {}): Response {
  const status = STATUS[code];
  const base = (c.get('problemBase' as never) as string | undefined) ?? '/problems/';
  const body: Problem = { type: base + problemSlug(code), title: TITLES[code], status, code, ...extra };
  if (detail) body.detail = detail;
  body.instance = c.req.path;
  const requestId = c.get('requestId' as never) as string | undefined;
  if (requestId) body.requestId = requestId;
  return c.body(JSON.stringify(body), status, { 'content-type': 'application/problem+json' });
}

export function zodInvalidFields(error: ZodError): InvalidField[] {
  return error.issues.map((i) => ({ path: i.path.map(String).join('.') || '(body)', message: i.message }));
}

export function errorToProblem(err: unknown, c: Context, logger: Logger): Response {
  if (err instanceof DomainError) {
    // detailFr is the French sentence a resident or agent may be shown as is.
    const { invalidFields, retryAfterSeconds, ...rest } = err.extra;
    if (typeof retryAfterSeconds === 'number') c.header('Retry-After', String(retryAfterSeconds));
    return problem(c, err.code, err.message, { ...(invalidFields ? { invalidFields } : {}), ...rest });
  }
  if (err instanceof HTTPException) {
    const status = err.status;
    if (status === 413) return problem(c, 'payload_too_large', 'The request body exceeds the size limit');
    if (status === 415) return problem(c, 'unsupported_media_type', 'Send JSON with Content-Type: application/json');
    if (status === 400) return problem(c, 'bad_request', err.message.includes('JSON') ? 'The body is not valid JSON' : err.message);
    if (status === 401) return problem(c, 'unauthenticated', err.message);
    return problem(c, status >= 500 ? 'internal_error' : 'bad_request', err.message);
  }
  // Text PostgreSQL cannot store (a NUL byte, an invalid sequence) is the caller's input, not our failure.
  const pgCode = (err as { code?: unknown })?.code;
  if (pgCode === '22P05' || pgCode === '22021') {
    return problem(c, 'validation_failed', 'The request contains characters that cannot be stored (for example a NUL byte)');
  }
  // A reference to something that does not exist (an unknown directorate, request type…), caught by the database's
  // own rule: the caller's input, and the transaction wrote nothing.
  if (pgCode === '23503') {
    const column = /^Key \((\w+)\)/.exec(String((err as { detail?: unknown }).detail ?? ''))?.[1];
    const path = column?.replace(/_(\w)/g, (_m, ch: string) => ch.toUpperCase()) ?? 'body';
    return problem(c, 'validation_failed', 'The request is not valid', { invalidFields: [{ path, message: 'Refers to something that does not exist' }] });
  }
  logger.error({ err: { name: (err as Error)?.name, message: (err as Error)?.message, stack: (err as Error)?.stack } }, 'unhandled error');
  return problem(c, 'internal_error', 'Something went wrong on our side; the request was not applied');
}
