import type { IForbiddenRuleType } from 'dependency-cruiser';

/**
 * The architecture's dependency rules (shared/design/README.md), checked by dependency-cruiser over the
 * real import graph. Type-only imports are allowed where noted: they vanish at run time.
 */
export const RULES: IForbiddenRuleType[] = [
  {
    name: 'core-imports-nothing-outward',
    comment: 'src/core is the domain: no HTTP, SQL, Temporal, adapter, workflow or composition code',
    severity: 'error',
    from: { path: '^src/core/' },
    to: { path: ['^src/http/', '^src/web/', '^adapters/', '^workflows/', '^src/(compose|main|cli|database|config)\\.ts$', 'node_modules/(hono|@hono|postgres|@temporalio|nodemailer|pdfkit|smtp-server|mailparser|openid-client|oidc-provider|pino)/'] },
  },
  {
    name: 'http-reaches-adapters-through-the-composition-root',
    comment: 'src/http gets adapters as dependencies (HttpDeps) from src/compose.ts; it may name their types',
    severity: 'error',
    from: { path: '^src/http/' },
    to: { path: ['^adapters/', '^workflows/'], dependencyTypesNot: ['type-only'] },
  },
  {
    name: 'pages-reach-adapters-through-the-composition-root',
    comment: 'src/web renders the same use cases as the API; it gets adapters as dependencies (HttpDeps), never imports them',
    severity: 'error',
    from: { path: '^src/web/' },
    to: { path: ['^adapters/', '^workflows/', 'node_modules/(postgres|@temporalio)/'], dependencyTypesNot: ['type-only'] },
  },
  {
    name: 'workflows-are-deterministic',
    comment: 'workflow code imports only @temporalio/workflow, types and the pure deadline modules',
    severity: 'error',
    from: { path: '^workflows/case-lifecycle\\.ts$|^workflows/signals\\.ts$|^workflows/task-queue\\.ts$' },
    to: {
      pathNot: ['^workflows/', '^src/core/deadlines/(business-time|deadline-clock|holidays)\\.ts$', 'node_modules/@temporalio/(workflow|common)/'],
      dependencyTypesNot: ['type-only'],
    },
  },
  {
    name: 'activities-call-the-core',
    comment: 'the workflow activities call core use cases; they write no SQL and import no adapter',
    severity: 'error',
    from: { path: '^workflows/activities\\.ts$' },
    to: { path: ['^adapters/', 'node_modules/postgres/'] },
  },
];
