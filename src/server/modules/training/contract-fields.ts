import { z } from '@hono/zod-openapi';

/** Figures in the training answers (contract-views.ts, contract-reports.ts): counts, and rates that may be unknown. */
export const count = z.number().int().nonnegative();
export const rate = z.number().nullable();
