import { defineConfig } from 'vitest/config';

/**
 * The tests StrykerJS runs against each mutant of src/checks/engine and src/measure (npm run mutation):
 * the in-process ones that reach those folders. Tests that run the built binary are left out, since a
 * mutant of the TypeScript source never reaches dist/.
 */
export default defineConfig({
  test: {
    include: ['test/checks/**/*.test.ts', 'test/measure/**/*.test.ts', 'test/versions/**/*.test.ts'],
    exclude: ['test/checks/hostile-checklists.test.ts', 'test/checks/markdown-lint.test.ts', 'test/measure/bounds.test.ts'],
    testTimeout: 30_000,
  },
});
