import { z } from '@hono/zod-openapi';
import { optionalText, text, timeZoneName } from '../../platform/validation';

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
    /** Smallest group of respondents whose anonymous survey results are shown (never below 3). */
    anonymityThreshold: z.number().int(),
    /** IANA time zone of events (entry, display, reminders "the day before", registration windows). */
    timeZone: z.string(),
  })
  .openapi('OrgSettings');
export type OrgSettingsT = z.infer<typeof OrgSettings>;

export const OrgSettingsPatch = z.object({
  name: text(120, 1).optional(),
  disclosure: optionalText(60),
  blockedWords: z.array(text(60, 1)).max(200).optional(),
  approvalRequired: z.boolean().optional(),
  costPerClick: z.number().min(0).max(1000).optional(),
  cpm: z.number().min(0).max(100000).optional(),
  anonymityThreshold: z.number().int().min(3).max(50).optional(),
  timeZone: timeZoneName().optional().openapi({ example: 'Europe/Rome' }),
});
export type OrgSettingsPatchT = z.infer<typeof OrgSettingsPatch>;
