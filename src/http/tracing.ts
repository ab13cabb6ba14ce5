import { context, propagation, SpanKind, SpanStatusCode, trace, type Span } from '@opentelemetry/api';
import type { MiddlewareHandler } from 'hono';

const tracer = () => trace.getTracer('guichet');

/**
 * One server span per request, continuing the caller's trace (traceparent). Named after the route pattern once
 * routing is known: the path itself may hold a reference, and the query string names and phone numbers.
 */
/** Installed only where the process registered a tracer provider (adapters/telemetry/tracing.ts). */
export function httpTracing(): MiddlewareHandler {
  return async (c, next) => {
    const parent = propagation.extract(context.active(), Object.fromEntries(c.req.raw.headers));
    const span: Span = tracer().startSpan(c.req.method, { kind: SpanKind.SERVER, attributes: { 'http.request.method': c.req.method } }, parent);
    try {
      await context.with(trace.setSpan(parent, span), next);
    } finally {
      const route = c.req.routePath;
      span.updateName(`${c.req.method} ${route}`);
      span.setAttributes({ 'http.route': route, 'http.response.status_code': c.res.status });
      if (c.res.status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    }
  };
}

