import { and, lt, type SQL, sql } from 'drizzle-orm';
import type { Platform } from '../../platform/platform';
import { daysAgo, type PurgeLimits, type PurgeResult, purgeInBatches, retentionDays, updateDue } from '../../platform/retention';
import { mailMessages } from './schema';

/**
 * Messages written longer ago than the period that still hold a body. A queued message keeps its body whatever its
 * age: the sweep may still send it.
 */
export function outboxBodiesDue(days: number): SQL {
  return and(
    sql`${mailMessages.status} <> 'queued'`,
    lt(mailMessages.createdAt, daysAgo(days)),
    sql`(${mailMessages.text} <> '' or ${mailMessages.html} <> '')`,
  ) as SQL;
}

/** Empties text and HTML together; the row (to, subject, template, status, dates) stays for the outbox's history. */
export const outboxBodiesStep = (days: number) =>
  updateDue(mailMessages, mailMessages.id, { text: '', html: '' }, outboxBodiesDue(days));

export function purgeOutboxBodies(platform: Platform, limits?: PurgeLimits): Promise<PurgeResult> {
  return purgeInBatches(platform, 'mail.outbox-bodies', outboxBodiesStep(retentionDays(platform.config).outbox), limits);
}
