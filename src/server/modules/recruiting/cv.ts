import crypto from 'node:crypto';
import { AppError } from '../../platform/errors';

export const MAX_CV_BYTES = 10 * 1024 * 1024;

/**
 * A CV is a PDF by its content: it starts with "%PDF-" (within the first 1024 bytes, as readers allow) and is not an
 * executable wearing a .pdf name (MZ/ELF/Mach-O/script headers are refused before anything else).
 */
export async function readCv(file: unknown): Promise<Uint8Array> {
  if (!(file instanceof File) || file.size === 0) throw new AppError('recruiting.cv_missing', 400);
  if (file.size > MAX_CV_BYTES) throw new AppError('recruiting.cv_too_large', 413, { max: 10 });
  const bytes = new Uint8Array(await file.arrayBuffer());
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  const executable =
    head.startsWith('MZ') ||
    head.startsWith('\x7fELF') ||
    head.startsWith('#!') ||
    /^\xcf\xfa\xed\xfe|^\xca\xfe\xba\xbe/.test(head);
  if (executable || !head.slice(0, 1024).includes('%PDF-') || head.indexOf('%PDF-') > 1019)
    throw new AppError('recruiting.cv_type', 422);
  return bytes;
}

export const cvKey = (orgId: string) => `orgs/${orgId}/recruiting/cv/${crypto.randomUUID()}.pdf`;
