import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { currentDocument, serialize } from './document.js';

describe('the committed OpenAPI document', () => {
  it('matches the route definitions (run `npm run openapi` after changing a route)', async () => {
    const committed = await readFile(new URL('./openapi.json', import.meta.url), 'utf8');
    expect(committed).toBe(serialize(currentDocument()));
  });

  it('describes every operation with an id, a summary, its security and its errors', () => {
    const doc = currentDocument() as { paths: Record<string, Record<string, any>>; components: any };
    const ops = Object.entries(doc.paths).flatMap(([path, methods]) => Object.entries(methods).map(([m, op]) => ({ path, m, op })));
    expect(ops.length).toBeGreaterThanOrEqual(20);
    const ids = new Set<string>();
    for (const { path, m, op } of ops) {
      const where = `${m.toUpperCase()} ${path}`;
      expect(op.operationId, where).toBeTruthy();
      expect(ids.has(op.operationId), where).toBe(false);
      ids.add(op.operationId);
      expect(op.summary, where).toBeTruthy();
      if (path.startsWith('/v1/public/')) {
        // The city website's anonymous form and follow-up: no credentials, but rate-limited.
        expect(op.security, where).toEqual([]);
        expect(op.responses['429'], where).toBeTruthy();
      } else if (path.startsWith('/v1/me')) {
        expect(op.security, where).toContainEqual({ session: [] });
        expect(op.responses['401'].content['application/problem+json'], where).toBeTruthy();
      } else if (path.startsWith('/v1/')) {
        expect(op.security, where).toEqual([{ apiKey: [] }]);
        expect(op.responses['401'], where).toBeTruthy();
        expect(op.responses['401'].content['application/problem+json'], where).toBeTruthy();
      }
      if (op.requestBody) {
        expect(op.responses['415'], where).toBeTruthy();
        expect(op.responses['422'], where).toBeTruthy();
      }
    }
    expect(doc.components.securitySchemes.apiKey).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(doc.components.securitySchemes.session).toMatchObject({ type: 'apiKey', in: 'cookie', name: '__Host-guichet_session' });
    expect(doc.components.schemas.Problem).toBeTruthy();
  });
});
