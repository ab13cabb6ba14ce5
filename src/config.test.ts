import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('configuration', () => {
  it('has working defaults for a newcomer', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ mode: 'dev', port: 8080, databaseUrl: undefined, dataDir: '.data', logLevel: 'info' });
  });

  it('refuses bad values with a message naming the variable', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'not a url' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
  });

  it('production mode needs a real DATABASE_URL and never loads demo data', () => {
    expect(() => loadConfig({ GUICHET_MODE: 'production' })).toThrow(/DATABASE_URL: required in production/);
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ GUICHET_MODE: 'production', DATABASE_URL: 'postgres://u:p@db:5432/guichet' })).toThrow(/TEMPORAL_ADDRESS: required/);
    expect(loadConfig({ GUICHET_MODE: 'production', DATABASE_URL: 'postgres://u:p@db:5432/guichet', TEMPORAL_ADDRESS: 'temporal:7233' }).mode).toBe('production');
  });

  it('the city’s words come from CITY_NAME, CITY_SIGNATURE and CITY_CONTACT, with a signature made from the name', () => {
    expect(loadConfig({}).city).toEqual({ name: 'Mairie', signature: 'Le service relation usagers de la ville', contact: null });
    expect(loadConfig({ CITY_NAME: 'Ville de Brest' }).city).toEqual({ name: 'Ville de Brest', signature: 'Le service relation usagers — Ville de Brest', contact: null });
    expect(loadConfig({ CITY_NAME: 'Ville de Brest', CITY_SIGNATURE: 'Le guichet unique', CITY_CONTACT: '02 98 00 80 80' }).city).toEqual({ name: 'Ville de Brest', signature: 'Le guichet unique', contact: '02 98 00 80 80' });
    expect(() => loadConfig({ CITY_NAME: '' })).toThrow(/CITY_NAME/);
  });
});
