import { defineConfig } from 'vitest/config';

const report = process.env.VOCE_REPORT ? process.env.VOCE_REPORT.replace(/\.json$/, '-e2e.json') : undefined;

// End-to-end: a real Voce process per file, driven through Chromium. Two files run side by side (each with its own
// process, data folder copied from the demo seeded once, and browser): the machine has two cores and a file spends
// much of its time waiting on the other process.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    globalSetup: ['tests/e2e/seeded-template.ts'],
    pool: 'forks',
    maxWorkers: 2,
    passWithNoTests: true,
    reporters: report ? ['default', ['json', { outputFile: report }]] : ['default'],
  },
});
