import type { Role } from '../../src/core/model.js';

/** Plain-text API keys of the test template database, one per test persona. */
export const TEST_KEYS = {
  counter_agent: 'test-key-counter-agent',
  directorate_agent: 'test-key-directorate-voirie',
  directorate_agent_y: 'test-key-directorate-proprete',
  supervisor: 'test-key-supervisor',
  admin: 'test-key-admin',
  integrator: 'test-key-integrator',
} as const;
export type Persona = keyof typeof TEST_KEYS;

export const PERSONA_ROLE: Record<Persona, Role> = {
  counter_agent: 'counter_agent',
  directorate_agent: 'directorate_agent',
  directorate_agent_y: 'directorate_agent',
  supervisor: 'supervisor',
  admin: 'admin',
  integrator: 'integrator',
};
