import { defineConfig } from 'vitest/config';

const report = process.env.VOCE_REPORT ? process.env.VOCE_REPORT.replace(/\.json$/, '-e2e.json') : undefined;

// End-to-end: a real Voce process, driven through Chromium. Files run one at a time (one browser each).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: 'forks',
    fileParallelism: false,
    passWithNoTests: true,
    reporters: report ? ['default', ['json', { outputFile: report }]] : ['default'],
  },
});
