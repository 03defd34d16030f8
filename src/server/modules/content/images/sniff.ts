/** The image type from its first bytes, never from the name or the declared type (those are the sender's word). */
export function sniffImage(b: Uint8Array): { ext: 'png' | 'jpg' | 'webp'; type: string } | null {
  const starts = (sig: number[], at = 0) => sig.every((v, i) => b[at + i] === v);
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { ext: 'png', type: 'image/png' };
  if (starts([0xff, 0xd8, 0xff])) return { ext: 'jpg', type: 'image/jpeg' };
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return { ext: 'webp', type: 'image/webp' };
  return null;
}
