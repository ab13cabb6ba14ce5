import type { ZodError } from 'zod';
import { DomainError } from '../core/errors.js';
import { STATUS } from '../http/problem.js';

/** One wrong field as the person reads it: which input (its id on the page) and what to do. */
export interface FieldError {
  field: string;
  message: string;
}

/** The page's id for an input named by its path in the request (`location.postcode` → `location-postcode`). */
export const fieldId = (path: string) => path.replace(/[^\w-]+/g, '-');

/** The server's problem codes as sentences a resident can act on (when the error brings none of its own). */
const PROBLEMS_FR: Record<string, string> = {
  not_found: 'Nous ne trouvons pas cette page ou cette demande.',
  forbidden: 'Vous n’avez pas accès à cette page.',
  unauthenticated: 'Votre session a expiré. Reconnectez-vous pour continuer.',
  validation_failed: 'Certaines informations sont à corriger.',
  invalid_transition: 'Cette action n’est plus possible : la demande a changé entre-temps.',
  conflict: 'Cette action n’est pas possible pour le moment.',
  precondition_failed: 'La demande a changé entre-temps : rechargez la page.',
  idempotency_key_reused: 'Ce formulaire a déjà été envoyé avec d’autres informations : rechargez la page.',
  rate_limited: 'Vous avez fait beaucoup d’essais en peu de temps. Réessayez dans quelques minutes.',
  insufficient_assurance: 'Cette démarche demande une identification renforcée avec FranceConnect+.',
  payload_too_large: 'Le fichier est trop volumineux.',
  unsupported_media_type: 'Ce type de fichier n’est pas accepté : envoyez un PDF ou une photo (JPEG, PNG).',
  invalid_login_state: 'Cette connexion a expiré. Recommencez depuis la page de connexion.',
  identity_rejected: 'La connexion a été refusée. Réessayez ou contactez la mairie.',
};

export function problemFr(err: DomainError): string {
  const own = err.extra.detailFr;
  return typeof own === 'string' ? own : (PROBLEMS_FR[err.code] ?? 'Une erreur est survenue. Réessayez ou contactez la mairie.');
}

/** What to say about a field, from the rule that failed (the API's own schema, never a second copy of it). */
function sentence(path: string, code: string, detail: { minimum?: unknown; maximum?: unknown; format?: unknown }, labels: Record<string, string>): string {
  const label = labels[path] ?? 'Ce champ';
  if (code === 'too_small' && detail.minimum === 1) return `Indiquez ${label.toLowerCase()}.`;
  if (code === 'too_small') return `${label} : au moins ${String(detail.minimum)}.`;
  if (code === 'too_big' && typeof detail.maximum === 'number' && detail.maximum > 100) return `${label} : ${detail.maximum} caractères au plus.`;
  if (code === 'too_big') return `${label} : la valeur est trop grande (${String(detail.maximum)} au plus).`;
  if (path.endsWith('postcode')) return 'Le code postal a cinq chiffres, par exemple 75011.';
  if (path.endsWith('latitude') || path.endsWith('longitude') || path === 'location') return 'Indiquez la latitude et la longitude en degrés décimaux (par exemple 48,8566 et 2,3522), ou aucune des deux.';
  if (path.endsWith('email')) return 'Indiquez une adresse électronique valide, par exemple nom@exemple.fr.';
  if (path.endsWith('phone')) return 'Indiquez un numéro de téléphone valide, par exemple 06 12 34 56 78.';
  if (code === 'invalid_type') return `Indiquez ${label.toLowerCase()}.`;
  return `${label} : la valeur n’est pas valide.`;
}

/** Field errors from the API schema's validation. */
export function zodFieldErrors(error: ZodError, labels: Record<string, string>): FieldError[] {
  const seen = new Set<string>();
  const out: FieldError[] = [];
  for (const issue of error.issues) {
    let path = issue.path.map(String).join('.') || 'description';
    // A refinement on the whole location (latitude without longitude) belongs to the latitude input.
    if (path === 'location') path = 'location.latitude';
    if (seen.has(path)) continue;
    seen.add(path);
    out.push({ field: fieldId(path), message: sentence(path, issue.code, issue as never, labels) });
  }
  return out;
}

/** Field errors a use case raised (`invalid(path, …)`), or none when the error is about the whole request. */
export function domainFieldErrors(err: DomainError, labels: Record<string, string>): FieldError[] {
  const fields = err.extra.invalidFields as { path: string; message: string }[] | undefined;
  if (err.code !== 'validation_failed' || !fields?.length) return [];
  return fields.map((f) => {
    if (f.path.startsWith('extra.') && /^Required/.test(f.message)) return { field: fieldId(f.path), message: `Indiquez ${(labels[f.path] ?? 'ce champ').toLowerCase()}.` };
    if (f.path === 'file') return { field: 'file', message: typeof err.extra.detailFr === 'string' ? err.extra.detailFr : 'Le fichier n’est pas valide.' };
    return { field: fieldId(f.path), message: sentence(f.path, 'custom', {}, labels) };
  });
}

/** Errors from a file's checks (type, size) belong to the file input. */
export function fileError(err: DomainError): FieldError | null {
  if (err.code === 'unsupported_media_type' || err.code === 'payload_too_large' || (err.code === 'validation_failed' && (err.extra.invalidFields as { path: string }[] | undefined)?.[0]?.path === 'file')) {
    return { field: 'file', message: problemFr(err) };
  }
  return null;
}

/**
 * A filing form's answer to a use case's refusal: the file's problem or the fields' beside their inputs, else a
 * sentence for the whole form; with the HTTP status the API gives the same problem.
 */
export function formProblem(err: DomainError, labels: Record<string, string>): { errors: FieldError[]; notice: string | null; status: 413 | 415 | 422 | 429 | 409 | 403 } {
  const status = STATUS[err.code] as 413 | 415 | 422 | 429 | 409 | 403;
  const onFile = fileError(err);
  if (onFile) return { errors: [onFile], notice: null, status };
  const fields = domainFieldErrors(err, labels);
  if (fields.length) return { errors: fields, notice: null, status: 422 };
  return { errors: [], notice: problemFr(err), status: err.code === 'rate_limited' ? 429 : 422 };
}
