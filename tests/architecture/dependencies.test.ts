import { cruise } from 'dependency-cruiser';
import { describe, expect, it } from 'vitest';
import { RULES } from './dependency-rules.js';

describe('dependency rules', () => {
  it('src/core imports nothing outward, src/http reaches adapters only through the composition root, workflows stay deterministic', async () => {
    const result = await cruise(['src', 'adapters', 'workflows'], {
      ruleSet: { forbidden: RULES },
      validate: true,
      tsPreCompilationDeps: true,
      tsConfig: { fileName: 'tsconfig.json' },
      exclude: { path: '\\.test\\.ts$' },
      doNotFollow: { path: 'node_modules' },
    });
    const output = result.output as { summary: { violations: { rule: { name: string }; from: string; to: string }[]; totalCruised: number } };
    // The graph is real: every source file was read.
    expect(output.summary.totalCruised).toBeGreaterThan(150);
    expect(output.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`)).toEqual([]);
  }, 60_000);
});
