import { z } from '@hono/zod-openapi';

export const OrgSettings = z
  .object({
    name: z.string(),
    defaultLocale: z.string(),
    /** Line every share keeps, e.g. "#dipendente": tells contacts the sharer works here. */
    disclosure: z.string().nullable(),
    blockedWords: z.array(z.string()),
    approvalRequired: z.boolean(),
    /** Earned media value rates, in euro: per click, and per 1,000 impressions (estimated reach). */
    costPerClick: z.number(),
    cpm: z.number(),
  })
  .openapi('OrgSettings');
export type OrgSettingsT = z.infer<typeof OrgSettings>;

export const OrgSettingsPatch = z.object({
  name: z.string().trim().min(1).max(120).optional(),
  disclosure: z.string().trim().max(60).nullable().optional(),
  blockedWords: z.array(z.string().trim().min(1).max(60)).max(200).optional(),
  approvalRequired: z.boolean().optional(),
  costPerClick: z.number().min(0).max(1000).optional(),
  cpm: z.number().min(0).max(100000).optional(),
});
export type OrgSettingsPatchT = z.infer<typeof OrgSettingsPatch>;
