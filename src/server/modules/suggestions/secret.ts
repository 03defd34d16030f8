import crypto from 'node:crypto';
import type { Platform } from '../../platform/platform';

/** The stored form of an anonymous author's secret: 256 random bits need no slow hash, only a one-way one. */
export const hashSecret = (secret: string) => crypto.createHash('sha256').update(`voce-thread:${secret}`).digest('hex');

/** One vote per colleague per suggestion, without naming the colleague in the table. */
export const voterKey = (platform: Platform, orgId: string, suggestionId: string, personId: string) =>
  crypto.createHmac('sha256', platform.config.secret).update(`vote:${orgId}:${suggestionId}:${personId}`).digest('hex');

export const today = () => new Date().toISOString().slice(0, 10);
