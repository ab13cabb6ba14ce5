import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { clientTypes, currentDocument, serialize } from './document.js';
import { OPERATION_SCOPES } from '../src/http/api-contract.js';
import { KEY_SCOPES } from '../src/core/actor.js';

describe('the committed OpenAPI document', () => {
  it('matches the route definitions (run `npm run openapi` after changing a route)', async () => {
    const committed = await readFile(new URL('./openapi.json', import.meta.url), 'utf8');
    expect(committed).toBe(serialize(currentDocument()));
  });

  it('the clients’ TypeScript types match it (openapi-typescript; run `npm run openapi`)', async () => {
    const committed = await readFile(new URL('./guichet-api.d.ts', import.meta.url), 'utf8');
    expect(committed).toBe(await clientTypes(currentDocument()));
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
        // An API key or token; an integrator's with one of the scopes listed, when the operation is open to integrators.
        const scopes = OPERATION_SCOPES[op.operationId];
        expect(op.security, where).toEqual(scopes ? scopes.map((s) => ({ apiKey: [s] })) : [{ apiKey: [] }]);
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
    // Anyone may call the operations without a requirement, and the document says so.
    for (const { path, m, op } of ops) expect(op.security, `${m} ${path}`).toBeDefined();
    expect(ops.find((o) => o.path === '/healthz')!.op.security).toEqual([]);
  });

  it('names every scope an operation lists, on an operation that exists; describes its tags; carries the package’s version and licence', async () => {
    const doc = currentDocument() as { info: any; tags: { name: string; description: string }[]; paths: Record<string, Record<string, any>> };
    const ops = Object.values(doc.paths).flatMap((methods) => Object.values(methods));
    const ids = new Set(ops.map((op) => op.operationId));
    for (const [id, scopes] of Object.entries(OPERATION_SCOPES)) {
      expect(ids.has(id), id).toBe(true);
      for (const s of scopes) expect(KEY_SCOPES, id).toContain(s);
    }
    const described = new Set(doc.tags.map((t) => t.name));
    for (const op of ops) for (const t of op.tags ?? []) expect(described.has(t), t).toBe(true);
    for (const t of doc.tags) expect(t.description.length).toBeGreaterThan(10);
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [m, op] of Object.entries(methods)) {
        for (const p of op.parameters ?? []) expect(p.description, `${m} ${path} ${p.in} ${p.name}`).toBeTruthy();
      }
    }
    // The problem a client tests in code is one of a known list.
    expect((doc as any).components.schemas.Problem.properties.code.enum).toContain('validation_failed');
    const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
    expect(doc.info.version).toBe(pkg.version);
    expect(doc.info.license.name).toBe(pkg.license);
    expect(doc.info.contact.name).toBeTruthy();
  });
});
