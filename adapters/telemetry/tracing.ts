import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { OpenTelemetryActivityInboundInterceptor, OpenTelemetryWorkflowClientInterceptor } from '@temporalio/interceptors-opentelemetry';

/**
 * Optional OpenTelemetry tracing (OTEL_EXPORTER_OTLP_ENDPOINT): spans for HTTP requests, for the outbox relay's
 * calls to Temporal and for the workflow activities, exported over OTLP/HTTP to the city's collector. Without an
 * endpoint nothing is registered and the OpenTelemetry API stays a no-op. Spans carry route patterns, methods,
 * statuses and workflow types — never a URL, a query string, a body or a name.
 */
export interface Tracing {
  shutdown(): Promise<void>;
  forceFlush(): Promise<void>;
}

export function startTracing(opts: { endpoint: string; serviceName: string }): Tracing {
  const exporter = new OTLPTraceExporter({ url: `${opts.endpoint.replace(/\/+$/, '')}/v1/traces` });
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': opts.serviceName }),
    spanProcessors: [new BatchSpanProcessor(exporter)],
  });
  // Sets the global tracer provider, the W3C trace-context propagator and the async context manager.
  provider.register();
  return { shutdown: () => provider.shutdown(), forceFlush: () => provider.forceFlush() };
}

/** The Temporal client's interceptors: a span per call (signal-with-start by the relay), its context in the headers. */
export const temporalClientInterceptors = () => ({ workflow: [new OpenTelemetryWorkflowClientInterceptor()] });

/** The worker's interceptors: a span per activity, under the caller's context when the headers carry one. */
export const temporalActivityInterceptors = () => [(ctx: ConstructorParameters<typeof OpenTelemetryActivityInboundInterceptor>[0]) => ({ inbound: new OpenTelemetryActivityInboundInterceptor(ctx) })];
