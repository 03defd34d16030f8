import crypto from 'node:crypto';
import type { Platform } from '../../platform/platform';
import type { PersonProfile } from '../people';

/** Years of service as a band (a finer figure would single people out): <1, 1–3, 3–5, 5–10, 10+; null: unknown. */
export function tenureBand(hireDate: string | null, today: Date): string | null {
  if (!hireDate) return null;
  const years = (today.getTime() - new Date(`${hireDate}T00:00:00Z`).getTime()) / (365.25 * 86_400_000);
  if (years < 1) return 'lt1';
  if (years < 3) return 'y1to3';
  if (years < 5) return 'y3to5';
  if (years < 10) return 'y5to10';
  return 'y10plus';
}

/**
 * The key of a manager's team on anonymous responses: a keyed hash (HMAC with the instance secret) of the
 * manager's id, so the response table names no one and a copy of it alone does not reveal the org chart.
 */
export function teamKeyOf(platform: Platform, orgId: string, managerId: string): string {
  return crypto.createHmac('sha256', platform.config.secret).update(`team:${orgId}:${managerId}`).digest('hex').slice(0, 32);
}

/** The groups a response is filed under (copied at answer time), and the day it was given (never the time). */
export function responseAttributes(platform: Platform, orgId: string, p: PersonProfile, now: Date) {
  return {
    day: now.toISOString().slice(0, 10),
    department: p.department,
    site: p.site,
    jobFamily: p.jobFamily,
    tenure: tenureBand(p.hireDate, now),
    teamKeys: p.managerChain.map((m) => teamKeyOf(platform, orgId, m)),
  };
}
