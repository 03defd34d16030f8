import { and, eq, inArray, lt, sql } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../db/client';
import { AppError } from '../errors';
import type { Platform } from '../platform';
import { purgeInBatches } from '../retention';
import { type UploadRow, uploads } from './schema';
import { type MediaKind, sniffRecording } from './sniff';

export { type UploadRow, uploads } from './schema';
export { type MediaKind, recordedType, sniffRecording } from './sniff';

/**
 * Resumable uploads (tus-like, for recordings that a phone's connection may drop): create with the declared size,
 * send chunks each at the offset the server holds, ask the offset after a failure, finish. A chunk at any other
 * offset (out of order, replayed) is refused with the expected offset, so nothing is written twice or out of place.
 */
export const MAX_UPLOAD_BYTES = 100 * 1024 * 1024;
export const MAX_CHUNK_BYTES = 8 * 1024 * 1024;
/** Unfinished uploads are deleted after a day (bytes and row). */
export const STALE_UPLOAD_HOURS = 24;

type P = Pick<Platform, 'db' | 'storage' | 'logger'>;
type Who = { orgId: string; owner: string; id: string };

const prefix = (u: Pick<UploadRow, 'orgId' | 'id'>) => `orgs/${u.orgId}/uploads/${u.id}`;
const chunkKey = (u: Pick<UploadRow, 'orgId' | 'id'>, n: number) => `${prefix(u)}/${n}`;
const gone = () => new AppError('upload_gone', 404);
const mismatch = (offset: number) => new AppError('upload_offset', 409, { offset }, { offset });

export async function createUpload(
  platform: P,
  input: { orgId: string; owner: string; declaredType: string; size: number; subject?: string | null },
): Promise<UploadRow> {
  if (input.size < 1) throw new AppError('upload_empty', 422);
  if (input.size > MAX_UPLOAD_BYTES) throw new AppError('upload_too_large', 413, { max: MAX_UPLOAD_BYTES / 1024 / 1024 });
  const [row] = await platform.db.insert(uploads).values(input).returning();
  return row;
}

async function lockUpload(tx: Tx, w: Who): Promise<UploadRow> {
  const [row] = await tx
    .select()
    .from(uploads)
    .where(and(eq(uploads.id, w.id), eq(uploads.orgId, w.orgId), eq(uploads.owner, w.owner)))
    .for('update');
  if (!row) throw gone();
  return row;
}

/** Where the client resumes from. */
export async function uploadOffset(platform: P, w: Who): Promise<{ offset: number; size: number; subject: string | null }> {
  const [row] = await platform.db
    .select()
    .from(uploads)
    .where(and(eq(uploads.id, w.id), eq(uploads.orgId, w.orgId), eq(uploads.owner, w.owner)));
  if (!row) throw gone();
  return { offset: row.received, size: row.size, subject: row.subject };
}

/** One chunk at `offset`; the row lock makes two concurrent sends of the same chunk append it once. */
export async function appendChunk(platform: P, w: Who & { offset: number; bytes: Uint8Array }): Promise<{ offset: number }> {
  if (w.bytes.length > MAX_CHUNK_BYTES) throw new AppError('upload_too_large', 413, { max: MAX_CHUNK_BYTES / 1024 / 1024 });
  return platform.db.transaction(async (tx) => {
    const row = await lockUpload(tx, w);
    if (w.offset !== row.received) throw mismatch(row.received);
    if (w.bytes.length === 0) return { offset: row.received };
    if (row.received + w.bytes.length > row.size)
      throw new AppError('upload_too_large', 413, { max: Math.ceil(row.size / 1024 / 1024) }, { offset: row.received });
    // Chunk n's key is fixed: a crash after this write but before the commit leaves a file the retry overwrites.
    await platform.storage.put(chunkKey(row, row.chunks), w.bytes, 'application/octet-stream');
    const received = row.received + w.bytes.length;
    await tx
      .update(uploads)
      .set({ received, chunks: row.chunks + 1 })
      .where(eq(uploads.id, row.id));
    return { offset: received };
  });
}

export type StoredFile = { key: string; kind: MediaKind; size: number; subject: string | null; declaredType: string };

/**
 * Checks the whole upload arrived and is a recording (by content), stores it at `keyFor(kind)`, and lets the owner
 * record it (`attach`, same transaction). Anything refused is deleted at once: nothing half-stored remains.
 */
export async function finishUpload<T>(
  platform: P,
  w: Who & { keyFor: (kind: MediaKind) => string },
  attach: (tx: Tx, file: StoredFile) => Promise<T>,
): Promise<T> {
  // Set inside the transaction, read after it failed (an object: the compiler does not track closure assignments).
  const state: { stored?: string; refused?: UploadRow } = {};
  try {
    return await platform.db.transaction(async (tx) => {
      const row = await lockUpload(tx, w);
      if (row.received !== row.size)
        throw new AppError('upload_incomplete', 409, { offset: row.received }, { offset: row.received });
      const parts: Uint8Array[] = [];
      for (let n = 0; n < row.chunks; n++) {
        const part = await platform.storage.get(chunkKey(row, n));
        if (!part) {
          state.refused = row;
          throw gone();
        }
        parts.push(part.bytes);
        if (n === 0 && !sniffRecording(part.bytes)) {
          state.refused = row;
          throw new AppError('upload_type', 422);
        }
      }
      const bytes = Buffer.concat(parts);
      const kind = sniffRecording(bytes) as MediaKind;
      const key = w.keyFor(kind);
      await platform.storage.put(key, bytes, kind.type);
      state.stored = key;
      const out = await attach(tx, { key, kind, size: bytes.length, subject: row.subject, declaredType: row.declaredType });
      await tx.delete(uploads).where(eq(uploads.id, row.id));
      await deleteChunks(platform, row);
      return out;
    });
  } catch (err) {
    if (state.stored) await platform.storage.delete(state.stored);
    if (state.refused) await discardUpload(platform, state.refused);
    throw err;
  }
}

async function deleteChunks(platform: P, row: Pick<UploadRow, 'orgId' | 'id' | 'chunks'>) {
  // One past the count: a chunk written by a request that crashed before its commit.
  for (let n = 0; n <= row.chunks; n++) await platform.storage.delete(chunkKey(row, n));
}

/** Deletes an upload's bytes and row (`db`: the caller's transaction, if any). */
export async function discardUpload(platform: P, row: Pick<UploadRow, 'orgId' | 'id' | 'chunks'>, db: DbOrTx = platform.db) {
  await deleteChunks(platform, row);
  await db.delete(uploads).where(eq(uploads.id, row.id));
}

/** Every unfinished upload of these owners (erasure of the person they belong to), in the caller's transaction. */
export async function discardUploadsOf(platform: P, db: DbOrTx, orgId: string, owners: string[]) {
  if (owners.length === 0) return;
  const rows = await db
    .select()
    .from(uploads)
    .where(and(eq(uploads.orgId, orgId), inArray(uploads.owner, owners)));
  for (const r of rows) await discardUpload(platform, r, db);
}

/** Uploads left unfinished for a day: bytes first, then rows, in capped batches (SKIP LOCKED: sweeps never fight). */
export async function purgeStaleUploads(platform: P, hours = STALE_UPLOAD_HOURS) {
  return purgeInBatches(platform, 'uploads.stale', async (tx, limit) => {
    const due = await tx
      .select()
      .from(uploads)
      .where(lt(uploads.createdAt, sql`now() - make_interval(hours => ${hours})`))
      .limit(limit)
      .for('update', { skipLocked: true });
    for (const d of due) await deleteChunks(platform, d);
    if (due.length)
      await tx.delete(uploads).where(
        inArray(
          uploads.id,
          due.map((d) => d.id),
        ),
      );
    return due.length;
  });
}
