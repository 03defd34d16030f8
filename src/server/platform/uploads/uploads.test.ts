import crypto from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';
import { AppError } from '../errors';
import {
  appendChunk,
  createUpload,
  finishUpload,
  MAX_CHUNK_BYTES,
  MAX_UPLOAD_BYTES,
  purgeStaleUploads,
  type StoredFile,
  uploadOffset,
  uploads,
} from './index';

let tp: TestPlatform;
beforeAll(async () => {
  tp = await createTestPlatform();
});
afterAll(async () => tp.close());

const orgId = crypto.randomUUID();
const owner = 'test:owner';
const WEBM = [0x1a, 0x45, 0xdf, 0xa3];
const webmBytes = (n: number) => {
  const b = new Uint8Array(n);
  for (let i = 0; i < n; i++) b[i] = (i * 31) & 0xff;
  b.set(WEBM, 0);
  return b;
};
const failure = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (err) {
    if (err instanceof AppError) return { code: err.code, status: err.status, details: err.details };
    throw err;
  }
  throw new Error('expected a refusal');
};
const keep = (_tx: unknown, f: StoredFile) => Promise.resolve(f);
const storedKey = () => `orgs/${orgId}/tests/${crypto.randomUUID()}.bin`;

describe('resumable uploads', { timeout: 120_000 }, () => {
  it('a 100 MB recording sent in chunks arrives whole, byte for byte', async () => {
    const total = MAX_UPLOAD_BYTES;
    const bytes = webmBytes(total);
    const u = await createUpload(tp.platform, { orgId, owner, declaredType: 'video/webm', size: total });
    for (let at = 0; at < total; at += MAX_CHUNK_BYTES) {
      const r = await appendChunk(tp.platform, {
        orgId,
        owner,
        id: u.id,
        offset: at,
        bytes: bytes.subarray(at, at + MAX_CHUNK_BYTES),
      });
      expect(r.offset).toBe(Math.min(total, at + MAX_CHUNK_BYTES));
    }
    const file = await finishUpload(tp.platform, { orgId, owner, id: u.id, keyFor: storedKey }, keep);
    expect(file).toMatchObject({ size: total, kind: { ext: 'webm' } });
    const got = await tp.platform.storage.get(file.key);
    const hash = (b: Uint8Array) => crypto.createHash('sha256').update(b).digest('hex');
    expect(got?.bytes.length).toBe(total);
    expect(hash(got?.bytes as Uint8Array)).toBe(hash(bytes));
    // The chunks and the row are gone once the file is stored.
    expect(await tp.platform.db.select().from(uploads).where(eq(uploads.id, u.id))).toEqual([]);
    expect(await tp.platform.storage.get(`orgs/${orgId}/uploads/${u.id}/0`)).toBeNull();
    await tp.platform.storage.delete(file.key);
  });

  it('refuses a chunk out of order or replayed with the offset to resume from, and a chunk past the declared size', async () => {
    const bytes = webmBytes(30);
    const u = await createUpload(tp.platform, { orgId, owner, declaredType: 'audio/webm', size: 30 });
    const send = (offset: number, from: number, to: number) =>
      appendChunk(tp.platform, { orgId, owner, id: u.id, offset, bytes: bytes.subarray(from, to) });
    expect(await failure(send(10, 10, 20))).toMatchObject({ code: 'upload_offset', status: 409, details: { offset: 0 } });
    expect(await send(0, 0, 10)).toEqual({ offset: 10 });
    // The same chunk again (a retry after a lost answer): refused, nothing written twice.
    expect(await failure(send(0, 0, 10))).toMatchObject({ code: 'upload_offset', details: { offset: 10 } });
    // Two sends of the next chunk at once: one is appended.
    const both = await Promise.allSettled([send(10, 10, 20), send(10, 10, 20)]);
    expect(both.filter((b) => b.status === 'fulfilled')).toHaveLength(1);
    expect(await uploadOffset(tp.platform, { orgId, owner, id: u.id })).toMatchObject({ offset: 20, size: 30 });
    expect(await failure(appendChunk(tp.platform, { orgId, owner, id: u.id, offset: 20, bytes: webmBytes(11) }))).toMatchObject({
      code: 'upload_too_large',
      status: 413,
    });
    expect(await failure(finishUpload(tp.platform, { orgId, owner, id: u.id, keyFor: storedKey }, keep))).toMatchObject({
      code: 'upload_incomplete',
      details: { offset: 20 },
    });
    expect(await send(20, 20, 30)).toEqual({ offset: 30 });
    const file = await finishUpload(tp.platform, { orgId, owner, id: u.id, keyFor: storedKey }, keep);
    expect((await tp.platform.storage.get(file.key))?.bytes).toEqual(Buffer.from(bytes));
    // Another owner (another candidate) cannot continue or even see someone's upload.
    const other = await createUpload(tp.platform, { orgId, owner, declaredType: 'audio/webm', size: 5 });
    expect(await failure(uploadOffset(tp.platform, { orgId, owner: 'test:intruder', id: other.id }))).toMatchObject({
      status: 404,
    });
    expect(await failure(uploadOffset(tp.platform, { orgId: crypto.randomUUID(), owner, id: other.id }))).toMatchObject({
      status: 404,
    });
  });

  it('refuses an empty or oversized declaration, and an executable renamed .webm, leaving nothing stored', async () => {
    const create = (size: number) => createUpload(tp.platform, { orgId, owner, declaredType: 'video/webm', size });
    expect(await failure(create(0))).toMatchObject({ code: 'upload_empty', status: 422 });
    expect(await failure(create(MAX_UPLOAD_BYTES + 1))).toMatchObject({ code: 'upload_too_large', status: 413 });
    const exe = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, ...new TextEncoder().encode('This program cannot be run in DOS mode')]);
    const u = await create(exe.length);
    await appendChunk(tp.platform, { orgId, owner, id: u.id, offset: 0, bytes: exe });
    const keys: string[] = [];
    const keyFor = () => {
      const k = storedKey();
      keys.push(k);
      return k;
    };
    expect(await failure(finishUpload(tp.platform, { orgId, owner, id: u.id, keyFor }, keep))).toMatchObject({
      code: 'upload_type',
      status: 422,
    });
    expect(keys).toEqual([]);
    expect(await tp.platform.db.select().from(uploads).where(eq(uploads.id, u.id))).toEqual([]);
    expect(await tp.platform.storage.get(`orgs/${orgId}/uploads/${u.id}/0`)).toBeNull();
  });

  it('a refusal by the owner (e.g. no takes left) deletes the stored file again; stale uploads are swept', async () => {
    const u = await createUpload(tp.platform, { orgId, owner, declaredType: 'video/webm', size: 8 });
    await appendChunk(tp.platform, { orgId, owner, id: u.id, offset: 0, bytes: webmBytes(8) });
    let key = '';
    const refuse = async (_tx: unknown, f: StoredFile) => {
      key = f.key;
      throw new AppError('nope', 409);
    };
    expect(await failure(finishUpload(tp.platform, { orgId, owner, id: u.id, keyFor: storedKey }, refuse))).toMatchObject({
      code: 'nope',
    });
    expect(await tp.platform.storage.get(key)).toBeNull();
    // The upload itself is intact (the refusal rolled back): after a day unfinished, the sweep removes bytes and row.
    await tp.platform.db.update(uploads).set({ createdAt: sql`now() - interval '25 hours'` }).where(eq(uploads.id, u.id));
    await Promise.all([purgeStaleUploads(tp.platform), purgeStaleUploads(tp.platform)]);
    expect(await tp.platform.db.select().from(uploads).where(eq(uploads.id, u.id))).toEqual([]);
    expect(await tp.platform.storage.get(`orgs/${orgId}/uploads/${u.id}/0`)).toBeNull();
  });
});
