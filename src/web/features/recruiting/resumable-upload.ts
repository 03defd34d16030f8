import { ApiError, api } from '../../lib/api';
import i18n from '../../lib/i18n';

/** Chunk size: small enough that a phone on a weak network finishes each request, large enough to be few. */
export const CHUNK_BYTES = 512 * 1024;
const MAX_FAILURES = 6;

type Urls = {
  /** Creates the upload; answers its id. */
  start: () => Promise<{ id: string }>;
  /** The chunk (PUT) and state (GET) address of an upload. */
  at: (id: string) => string;
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Sends a recording in chunks, each at the offset the server holds (tus-like). After a dropped connection it asks the
 * server where to resume and carries on from there; a chunk the server refuses as out of place (409) resumes from the
 * offset it names. Answers the upload id once every byte arrived (the caller then finishes it).
 */
export async function uploadResumable(blob: Blob, urls: Urls, onProgress?: (sent: number) => void): Promise<string> {
  const { id } = await urls.start();
  let offset = 0;
  let failures = 0;
  while (offset < blob.size) {
    try {
      const res = await fetch(`${urls.at(id)}?offset=${offset}`, {
        method: 'PUT',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/offset+octet-stream', 'accept-language': i18n.language },
        body: blob.slice(offset, offset + CHUNK_BYTES),
      });
      const data = (await res.json().catch(() => null)) as {
        offset?: number;
        error?: { code: string; message: string; details?: { offset?: number } };
      } | null;
      if (res.ok && typeof data?.offset === 'number') offset = data.offset;
      else if (res.status === 409 && typeof data?.error?.details?.offset === 'number') offset = data.error.details.offset;
      else
        throw new ApiError(res.status, data?.error?.code ?? 'internal', data?.error?.message ?? i18n.t('common:errors.generic'));
      failures = 0;
      onProgress?.(offset);
    } catch (err) {
      if (err instanceof ApiError && err.status !== 0 && err.status < 500) throw err;
      if (++failures > MAX_FAILURES) throw new ApiError(0, 'network', i18n.t('common:errors.network'));
      await sleep(500 * failures);
      // Where does the server stand? The chunk may have arrived before the connection dropped.
      offset = await api
        .get<{ offset: number }>(urls.at(id))
        .then((s) => s.offset)
        .catch(() => offset);
    }
  }
  return id;
}
