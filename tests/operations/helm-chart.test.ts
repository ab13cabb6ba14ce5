import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { helmPath } from '../setup/helm.js';
import { kubeconformPath, kubernetesSchemas, KUBERNETES_VERSION } from '../setup/kubeconform.js';

/**
 * The Helm chart (infra/helm/guichet) is linted and rendered by a real helm, and what Kubernetes would receive is
 * checked: probes that fit each role, the migration before the pods, SMTP reachable from the relay only.
 */
const CHART = 'infra/helm/guichet';
type Doc = { kind: string; metadata: { name: string; annotations?: Record<string, string> }; spec: any; data?: Record<string, string>; stringData?: Record<string, string> };

function helm(...args: string[]): { status: number | null; out: string } {
  const res = spawnSync(helmPath(), args, { encoding: 'utf8' });
  return { status: res.status, out: `${res.stdout}${res.stderr}` };
}
function render(...set: string[]): Doc[] {
  const r = helm('template', 'guichet', CHART, ...set.flatMap((s) => ['--set', s]));
  expect(r.status, r.out).toBe(0);
  return parseAllDocuments(r.out).map((d) => d.toJS() as Doc).filter(Boolean);
}
const find = (docs: Doc[], kind: string, name: string) => docs.find((d) => d.kind === kind && d.metadata.name === name)!;

describe('the Helm chart', () => {
  it('passes helm lint --strict', () => {
    const r = helm('lint', '--strict', CHART);
    expect(r.status, r.out).toBe(0);
  }, 120_000);

  it(`renders manifests valid for Kubernetes ${KUBERNETES_VERSION} (kubeconform, strict: no unknown field), with and without the options`, () => {
    const schemas = kubernetesSchemas();
    for (const set of [[], ['persistence.enabled=true', 'networkPolicy.enabled=false', 'api.autoscaling.enabled=false']]) {
      const rendered = helm('template', 'guichet', CHART, ...set.flatMap((s) => ['--set', s]));
      expect(rendered.status, rendered.out).toBe(0);
      const res = spawnSync(kubeconformPath(), ['-strict', '-summary', '-output', 'json', '-schema-location', `${schemas}/{{ .ResourceKind }}{{ .KindSuffix }}.json`, '-'], { input: rendered.out, encoding: 'utf8' });
      const summary = JSON.parse(res.stdout) as { resources: { kind: string; status: string; msg: string }[]; summary: { valid: number; invalid: number; errors: number; skipped: number } };
      expect(summary.resources.filter((r) => r.status !== 'statusValid'), res.stdout).toEqual([]);
      expect(summary.summary.valid).toBeGreaterThanOrEqual(set.length ? 7 : 10);
      expect(res.status).toBe(0);
    }
    // The validator does catch what Kubernetes would refuse: a misspelt field.
    const typo = helm('template', 'guichet', CHART).out.replace('readinessProbe:', 'readinesProbe:');
    const refused = spawnSync(kubeconformPath(), ['-strict', '-output', 'json', '-schema-location', `${schemas}/{{ .ResourceKind }}{{ .KindSuffix }}.json`, '-'], { input: typo, encoding: 'utf8' });
    expect(refused.status).not.toBe(0);
    expect(refused.stdout).toContain('readinesProbe');
  }, 180_000);

  it('renders an API and a worker fit for their roles, the migration first, and SMTP open to the relay only', () => {
    const docs = render();
    expect(docs.map((d) => `${d.kind}/${d.metadata.name}`).sort()).toEqual(
      [
        'ConfigMap/guichet-config',
        'Deployment/guichet-api',
        'Deployment/guichet-worker',
        'HorizontalPodAutoscaler/guichet-api',
        'Job/guichet-migrate-1',
        'NetworkPolicy/guichet-api',
        'NetworkPolicy/guichet-worker',
        'PodDisruptionBudget/guichet-api',
        'Secret/guichet-secrets',
        'Service/guichet-api',
      ].sort(),
    );
    const api = find(docs, 'Deployment', 'guichet-api').spec.template.spec;
    const container = api.containers[0];
    expect(container.args).toEqual(['api']);
    expect(container.readinessProbe.httpGet.path).toBe('/readyz');
    expect(container.livenessProbe.httpGet.path).toBe('/healthz');
    expect(container.resources).toEqual({ requests: { cpu: '250m', memory: '256Mi' }, limits: { memory: '512Mi' } });
    expect(container.envFrom).toEqual([{ configMapRef: { name: 'guichet-config' } }, { secretRef: { name: 'guichet-secrets' } }]);
    expect(api.securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: 1000 });
    expect(container.securityContext).toMatchObject({ readOnlyRootFilesystem: true, allowPrivilegeEscalation: false });
    // Longer than the readiness delay plus the grace period the app uses.
    const config = find(docs, 'ConfigMap', 'guichet-config').data!;
    expect(api.terminationGracePeriodSeconds).toBeGreaterThan(Number(config.SHUTDOWN_DELAY_SECONDS) + Number(config.SHUTDOWN_GRACE_SECONDS));
    const worker = find(docs, 'Deployment', 'guichet-worker').spec.template.spec.containers[0];
    expect(worker.args).toEqual(['worker']);
    expect(worker.livenessProbe.exec.command).toEqual(['node', 'dist/src/healthcheck.js', 'worker']);
    expect(worker.readinessProbe).toBeUndefined();

    const job = find(docs, 'Job', 'guichet-migrate-1');
    expect(job.metadata.annotations!['helm.sh/hook']).toBe('pre-install,pre-upgrade');
    expect(job.spec.template.spec.containers[0].command).toEqual(['node', 'dist/src/cli.js', 'migrate']);
    // What the job reads exists before it: the ConfigMap and Secret are earlier hooks.
    for (const [kind, name] of [['ConfigMap', 'guichet-config'], ['Secret', 'guichet-secrets']] as const) {
      const d = find(docs, kind, name).metadata.annotations!;
      expect(Number(d['helm.sh/hook-weight'])).toBeLessThan(Number(job.metadata.annotations!['helm.sh/hook-weight']));
    }

    const policy = find(docs, 'NetworkPolicy', 'guichet-api').spec;
    const smtp = policy.ingress.find((r: { ports: { port: number }[] }) => r.ports[0]!.port === 2525);
    expect(smtp.from).toEqual([{ ipBlock: { cidr: '10.20.0.0/24' } }]);
    expect(find(docs, 'NetworkPolicy', 'guichet-worker').spec.ingress).toEqual([]);
  }, 120_000);

  it('an existing secret (CloudNativePG’s, say) is used instead of one made by the chart; a shared volume when asked', () => {
    const docs = render('existingSecret=guichet-db-app', 'persistence.enabled=true', 'api.autoscaling.enabled=false');
    expect(docs.find((d) => d.kind === 'Secret')).toBeUndefined();
    expect(find(docs, 'Deployment', 'guichet-api').spec.template.spec.containers[0].envFrom[1]).toEqual({ secretRef: { name: 'guichet-db-app' } });
    expect(find(docs, 'PersistentVolumeClaim', 'guichet-data').spec.accessModes).toEqual(['ReadWriteMany']);
    expect(find(docs, 'Deployment', 'guichet-api').spec.replicas).toBe(2);
    expect(docs.find((d) => d.kind === 'HorizontalPodAutoscaler')).toBeUndefined();
  }, 120_000);
});
