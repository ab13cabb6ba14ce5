/**
 * Install step for CI and new machines: builds the Temporal CLI (and helm and kubeconform, for the chart's tests) with Go and
 * resolves the time-skipping test server and Keycloak with Maven, all cached outside the repository (~/.cache/guichet).
 * `npm test` does the same lazily; doing it first keeps a first run's test timings honest.
 */
import { buildCliWithGo, cachedCliPath } from '../../adapters/temporal/resolve-temporal.js';
import { createLogger } from '../../src/logger.js';
import { timeSkippingServerPath } from './time-skipping-server.js';
import { helmPath } from './helm.js';
import { keycloakHome } from './keycloak.js';
import { kubeconformPath, kubernetesSchemas } from './kubeconform.js';
import { schemathesisPath } from './schemathesis.js';

const logger = createLogger('info');
const started = Date.now();
const cli = process.env.TEMPORAL_CLI_PATH ?? buildCliWithGo(logger);
logger.info({ cli, cached: cli === cachedCliPath(), seconds: Math.round((Date.now() - started) / 1000) }, 'Temporal CLI ready');
const tts = await timeSkippingServerPath();
logger.info({ timeSkippingServer: tts, seconds: Math.round((Date.now() - started) / 1000) }, 'time-skipping test server ready');
const helm = helmPath();
logger.info({ helm, seconds: Math.round((Date.now() - started) / 1000) }, 'helm ready (the chart is linted and rendered by the tests)');
const keycloak = keycloakHome();
logger.info({ keycloak, seconds: Math.round((Date.now() - started) / 1000) }, 'Keycloak ready (the agents’ realm is imported and signed into by the tests)');
logger.info({ kubeconform: kubeconformPath(), schemas: kubernetesSchemas(), seconds: Math.round((Date.now() - started) / 1000) }, 'kubeconform and the Kubernetes schemas ready (the chart is validated by the tests)');
logger.info({ schemathesis: schemathesisPath(), seconds: Math.round((Date.now() - started) / 1000) }, 'schemathesis ready (the OpenAPI contract is fuzzed by the tests)');
