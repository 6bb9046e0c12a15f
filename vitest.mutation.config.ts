import { defineConfig } from 'vitest/config';

/**
 * The tests StrykerJS runs against each mutant of src/checks/engine and src/measure (npm run mutation):
 * the in-process ones that reach those folders. Tests that run the built binary are left out, since a
 * mutant of the TypeScript source never reaches dist/. The briefing golden files reach the ROI, KPI and
 * money figures as a reader sees them (src/measure/money.ts), and the rules reference reaches the
 * citations and applicability wording (src/checks/engine/citation.ts, applicability.ts), all in process.
 */
export default defineConfig({
  test: {
    include: [
      'test/checks/**/*.test.ts',
      'test/measure/**/*.test.ts',
      'test/versions/**/*.test.ts',
      'test/render/golden.test.ts',
      'test/docs/rules.test.ts',
    ],
    exclude: ['test/checks/hostile-checklists.test.ts', 'test/checks/markdown-lint.test.ts', 'test/measure/bounds.test.ts'],
    testTimeout: 30_000,
  },
});
