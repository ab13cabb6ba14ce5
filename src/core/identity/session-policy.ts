/** Session lifetimes (identity.md §19): residents like FranceConnect's 30 min idle; agents a working day. */
export const SESSION_POLICY = {
  resident: { idleSeconds: 30 * 60, absoluteSeconds: 12 * 3600 },
  agent: { idleSeconds: 2 * 3600, absoluteSeconds: 12 * 3600 },
  loginAttemptSeconds: 600,
} as const;
