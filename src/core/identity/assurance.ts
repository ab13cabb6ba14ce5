/**
 * Levels of assurance (eIDAS) as FranceConnect names them in `acr`. eidas3 satisfies a request for
 * eidas2, never the other way round. openid-client does not check `acr` at all: this does.
 */
export const EIDAS_LEVELS = ['eidas1', 'eidas2', 'eidas3'] as const;
export type EidasLevel = (typeof EIDAS_LEVELS)[number];

export function isEidasLevel(v: unknown): v is EidasLevel {
  return typeof v === 'string' && (EIDAS_LEVELS as readonly string[]).includes(v);
}

/** Whether the level a provider returned is at least the level asked for. */
export function acrSatisfies(returned: unknown, requested: string): boolean {
  if (typeof returned !== 'string' || !returned) return false;
  if (isEidasLevel(returned) && isEidasLevel(requested)) {
    return EIDAS_LEVELS.indexOf(returned) >= EIDAS_LEVELS.indexOf(requested);
  }
  // Other vocabularies (a city IdP's own acr values) are compared exactly.
  return returned === requested;
}
