/**
 * `npm run build`: what `tsc -p tsconfig.build.json` does not do. The plain-SQL migrations are copied beside the
 * compiled migrator (and the pages' stylesheet beside the pages), and the case workflows are bundled once (webpack, through the Temporal SDK) so a production
 * worker starts without compiling anything.
 */
import { cp, mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { bundleWorkflowCode } from '@temporalio/worker';

const root = (p: string) => fileURLToPath(new URL(`../${p}`, import.meta.url));

await cp(root('adapters/postgres/migrations'), root('dist/adapters/postgres/migrations'), { recursive: true });
// The pages' stylesheet and the console's scripts, read by the compiled src/web/assets.js beside itself.
await cp(root('src/web/assets'), root('dist/src/web/assets'), { recursive: true });
const { code } = await bundleWorkflowCode({ workflowsPath: root('workflows/case-lifecycle.ts'), logger: { info() {}, warn() {}, error() {}, debug() {}, trace() {}, log() {} } as never });
await mkdir(root('dist/workflows'), { recursive: true });
await writeFile(root('dist/workflows/case-lifecycle.bundle.js'), code);
process.stdout.write('built dist/ (compiled code, migrations, workflow bundle)\n');
