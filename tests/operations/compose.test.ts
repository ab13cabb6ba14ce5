import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadConfig } from '../../src/config.js';

/**
 * No container engine runs here, so the compose file is checked for what can be checked without one: each Guichet
 * service's environment is accepted by Guichet's own configuration checks, in the mode it runs in.
 */
type Service = { environment?: Record<string, string>; profiles?: string[]; ports?: string[]; command?: string[] };
const compose = parse(readFileSync('infra/compose.yaml', 'utf8')) as { services: Record<string, Service> };
const interpolate = (env: Record<string, string>) => Object.fromEntries(Object.entries(env).map(([k, v]) => [k, String(v).replace(/\$\{\w+:-([^}]*)\}/g, '$1')]));

describe('the compose file', () => {
  it('runs the pilot in production mode with settings production accepts', () => {
    for (const name of ['guichet-migrate', 'guichet-api', 'guichet-worker']) {
      const config = loadConfig(interpolate(compose.services[name]!.environment!));
      expect(config.mode, name).toBe('production');
      expect(config.identity.devProvider, name).toBe(false);
    }
  });

  it('offers, in its dev profile, Guichet in dev mode with the FranceConnect-like provider reachable from the host', () => {
    const dev = compose.services['guichet-dev']!;
    expect(dev.profiles).toEqual(['dev']);
    const config = loadConfig(interpolate(dev.environment!));
    expect(config.mode).toBe('dev');
    expect(config.identity).toMatchObject({ devProvider: true, devProviderHost: '0.0.0.0', devProviderPort: 8090 });
    expect(dev.ports).toEqual(['8081:8080', '8090:8090']);
  });
});
