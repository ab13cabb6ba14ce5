import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';

/**
 * Workflow code runs in Temporal's deterministic sandbox: it may import @temporalio/workflow,
 * types, and the pure deadline arithmetic shared with the API — nothing that does I/O.
 */
const WORKFLOW_FILES = ['case-lifecycle.ts', 'signals.ts', 'task-queue.ts'];
const PURE_SHARED = ['../src/core/deadlines/business-time.js', '../src/core/deadlines/deadline-clock.js', '../src/core/deadlines/holidays.js'];

function importsOf(source: string): { from: string; typeOnly: boolean }[] {
  return [...source.matchAll(/^import\s+(type\s+)?[^'"]*?from\s+'([^']+)'/gm)].map((m) => ({ from: m[2]!, typeOnly: Boolean(m[1]) }));
}

describe('workflow determinism', () => {
  it.each(WORKFLOW_FILES)('workflows/%s imports only @temporalio/workflow, types and pure shared code', async (file) => {
    const source = await readFile(new URL(`../../workflows/${file}`, import.meta.url), 'utf8');
    for (const imp of importsOf(source)) {
      const ok = imp.typeOnly || imp.from === '@temporalio/workflow' || PURE_SHARED.includes(imp.from) || /^\.\/(signals|task-queue)\.js$/.test(imp.from);
      expect(ok, `${file} imports ${imp.from}`).toBe(true);
    }
    expect(source).not.toMatch(/\b(setTimeout|setInterval|Math\.random|process\.|require\()/);
  });

  it.each(PURE_SHARED.map((p) => p.replace('../', '')))('%s is pure: no Node built-ins, no I/O', async (file) => {
    const source = await readFile(new URL(`../../${file.replace('.js', '.ts')}`, import.meta.url), 'utf8');
    for (const imp of importsOf(source)) expect(imp.typeOnly || imp.from.startsWith('./'), `${file} imports ${imp.from}`).toBe(true);
    expect(source).not.toMatch(/\b(Date\.now|Math\.random|process\.|fetch\()/);
  });
});
