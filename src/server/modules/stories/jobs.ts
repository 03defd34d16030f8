import { and, inArray, isNull, lt, sql } from 'drizzle-orm';
import { z } from 'zod';
import { defineJob } from '../../platform/jobs';
import type { Platform } from '../../platform/platform';
import { purgeInBatches } from '../../platform/retention';
import { photoStorageKey } from './photos/photo-store';
import { storyPhotos } from './schema';

/** A photo uploaded but never put in a story (the form was abandoned) is deleted after a day: it is somebody's picture. */
export async function purgeOrphanPhotos(platform: Platform) {
  return purgeInBatches(platform, 'stories.orphan-photos', async (tx, limit) => {
    const due = await tx
      .select({ id: storyPhotos.id, orgId: storyPhotos.orgId, key: storyPhotos.key })
      .from(storyPhotos)
      .where(and(isNull(storyPhotos.storyId), lt(storyPhotos.createdAt, sql`now() - interval '1 day'`)))
      .limit(limit)
      .for('update', { skipLocked: true });
    if (due.length === 0) return 0;
    await tx.delete(storyPhotos).where(
      inArray(
        storyPhotos.id,
        due.map((d) => d.id),
      ),
    );
    // Files after rows: a crash in between leaves a file without a row (never served), not a row without a file.
    for (const d of due) await platform.storage.delete(photoStorageKey(d.orgId, d.key));
    return due.length;
  });
}

/** Hourly sweep; twice at once is harmless (skip locked rows, deleting a missing file is a no-op). */
export const purgeOrphanPhotosJob = defineJob({
  name: 'stories.purge-orphan-photos',
  schema: z.object({}).passthrough(),
  cron: '23 * * * *',
  async handle(platform) {
    const r = await purgeOrphanPhotos(platform);
    if (r.purged > 0) platform.logger.info({ photos: r.purged }, 'abandoned story photos deleted');
  },
});
