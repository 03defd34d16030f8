import { defineConfig } from 'vitest/config';
import { slowFirst } from './tests/support/slow-first-sequencer';

const report = process.env.VOCE_REPORT ? process.env.VOCE_REPORT.replace(/\.json$/, '-e2e.json') : undefined;

// End-to-end: a real Voce process per file (its data folder copied from the demo seeded once), driven through Chromium.
// Two files side by side (2 cores): every wait is as long as a busy runner needs — page actions 20 s, expect.poll 20 s
// (vitest's default is 1 s), outcomes of background jobs a minute (harness `eventually`).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    globalSetup: ['tests/e2e/seeded-template.ts'],
    pool: 'forks',
    maxWorkers: 2,
    // The longest stories first, so the last minutes are not one file alone.
    sequence: { sequencer: slowFirst([/tour/, /listening/, /advocacy/, /profile/, /ambassadors/, /interviews/]) },
    expect: { poll: { timeout: 20_000, interval: 100 } },
    passWithNoTests: true,
    reporters: report ? ['default', ['json', { outputFile: report }]] : ['default'],
  },
});
