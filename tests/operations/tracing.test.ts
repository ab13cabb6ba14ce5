import { Client, Connection } from '@temporalio/client';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTracing, temporalClientInterceptors, type Tracing } from '../../adapters/telemetry/tracing.js';
import { eventually } from '../eventually.js';
import { createHarness, type Harness } from '../harness.js';
import { caseWorkflows } from '../temporal.js';

/**
 * OTEL_EXPORTER_OTLP_ENDPOINT: spans reach a real OTLP/HTTP receiver — the HTTP request continuing the caller's
 * trace, the relay's signal-with-start to Temporal, the workflow's activities — and carry no personal data.
 */
interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  attributes: { key: string; value: Record<string, unknown> }[];
}

let received: string[] = [];
const receiver = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    if (req.url === '/v1/traces') received.push(Buffer.concat(chunks).toString('utf8'));
    res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
  });
});
const spans = (): OtlpSpan[] =>
  received.flatMap((body) => (JSON.parse(body) as { resourceSpans: { scopeSpans: { spans: OtlpSpan[] }[] }[] }).resourceSpans.flatMap((r) => r.scopeSpans.flatMap((s) => s.spans)));

let tracing: Tracing;
let h: Harness & { close(): Promise<void> };
beforeAll(async () => {
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  tracing = startTracing({ endpoint: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`, serviceName: 'guichet-test' });
  h = await createHarness({ tracing: true });
});
afterAll(async () => {
  await h?.close();
  await tracing?.shutdown();
  receiver.close();
});

describe('tracing', () => {
  it('exports a span per request under the caller’s trace, the relay’s call to Temporal and the activities, without personal data', async () => {
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    const callerSpan = '00f067aa0ba902b7';
    const res = await h.app.request('/v1/cases?x=marie.dupont@example.fr', {
      method: 'POST',
      headers: { authorization: `Bearer ${(await import('../setup/test-keys.js')).TEST_KEYS.counter_agent}`, 'content-type': 'application/json', traceparent: `00-${traceId}-${callerSpan}-01` },
      body: JSON.stringify({ channel: 'counter', requestTypeCode: 'EV-ARBRE', description: 'Branche tombée chez Marie Dupont', resident: { givenName: 'Marie', familyName: 'Dupont', phone: '0612345678' } }),
    });
    expect(res.status).toBe(201);

    // An auto-escalated type: the relay signals-with-start the case's workflow, whose activities then run.
    const client = new Client({ connection: await Connection.connect({ address: inject('temporalAddress') }), interceptors: temporalClientInterceptors() });
    const wf = await caseWorkflows(h, { client, tracing: true });
    try {
      await eventually(
        async () => {
          await wf.relay.drainOnce();
          await tracing.forceFlush();
          return spans().map((s) => s.name);
        },
        (names) => names.some((n) => n.startsWith('RunActivity:')),
      );
    } finally {
      await wf.close();
      await client.connection.close();
    }
    await tracing.forceFlush();

    const all = spans();
    const request = all.find((s) => s.name === 'POST /v1/cases');
    expect(request, all.map((s) => s.name).join(', ')).toBeDefined();
    expect(request!.traceId).toBe(traceId);
    expect(request!.parentSpanId).toBe(callerSpan);
    const attrs = Object.fromEntries(request!.attributes.map((a) => [a.key, Object.values(a.value)[0]]));
    expect(attrs).toEqual({ 'http.request.method': 'POST', 'http.route': '/v1/cases', 'http.response.status_code': 201 });
    expect(all.map((s) => s.name)).toContain('SignalWithStartWorkflow:caseLifecycle');
    expect(all.some((s) => s.name.startsWith('RunActivity:'))).toBe(true);
    // Nothing personal anywhere in what left the process.
    const exported = received.join('');
    for (const personal of ['Marie', 'Dupont', '0612345678', '+33612345678', 'marie.dupont', 'Branche']) expect(exported).not.toContain(personal);
  }, 60_000);
});
