/** A recording's container from its first bytes, never from its name or declared type. */
export type MediaKind = { ext: 'webm' | 'mp4' | 'm4a' | 'ogg'; type: string };

export function sniffRecording(b: Uint8Array): MediaKind | null {
  const at = (sig: number[], from = 0) => sig.every((v, i) => b[from + i] === v);
  const ascii = (s: string, from = 0) =>
    at(
      [...s].map((c) => c.charCodeAt(0)),
      from,
    );
  // WebM (what Chromium and Firefox record): the EBML header.
  if (at([0x1a, 0x45, 0xdf, 0xa3])) return { ext: 'webm', type: 'video/webm' };
  // MP4 / M4A (Safari records MP4): an "ftyp" box at offset 4.
  if (ascii('ftyp', 4)) return ascii('M4A ', 8) ? { ext: 'm4a', type: 'audio/mp4' } : { ext: 'mp4', type: 'video/mp4' };
  if (ascii('OggS')) return { ext: 'ogg', type: 'audio/ogg' };
  return null;
}

/** Audio recorded in a WebM or MP4 container sniffs as video: the declared kind is kept when the containers agree. */
export function recordedType(declared: string, kind: MediaKind): string {
  const base = declared.split(';')[0].trim().toLowerCase();
  const container = { webm: 'webm', mp4: 'mp4', m4a: 'mp4', ogg: 'ogg' }[kind.ext];
  return /^(audio|video)\//.test(base) && base.endsWith(`/${container}`) ? base : kind.type;
}
