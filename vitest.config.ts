import { defineConfig } from 'vitest/config';
import { slowFirst } from './tests/support/slow-first-sequencer';

// CI asks for a JSON report (VOCE_REPORT) so .ci/run can print the "N passed, N failed" line.
const report = process.env.VOCE_REPORT;

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    exclude: ['node_modules', 'dist', 'tests/e2e/**'],
    globalSetup: ['src/server/testing/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    maxWorkers: 2,
    // Files share their worker's module cache: each one re-importing the whole server cost 342 s of the PGlite lane's
    // 754 s. Safe here because every file builds its own platform (database, app) and no test mocks modules or env.
    isolate: false,
    // The longest files (measured: the tenant walk's two halves, the malformed-input walk, the process tests) go first.
    sequence: {
      sequencer: slowFirst([/security\/tenant-isolation/, /security\/malformed-input/, /tests\/process\//, /sign-in-limits/]),
    },
    reporters: report ? ['default', ['json', { outputFile: report }]] : ['default'],
  },
});
