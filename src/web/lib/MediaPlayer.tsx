import { useState } from 'react';

/**
 * Plays an uploaded audio or video message. A WebM recorded in the browser may hold sound only, which its name does
 * not say: it starts as a video and shrinks to an audio bar once the file reports no picture.
 */
export function MediaPlayer({ src, kind, label }: { src: string; kind?: 'audio' | 'video' | null; label: string }) {
  const [soundOnly, setSoundOnly] = useState(kind === 'audio' || /\.(m4a|ogg|mp3)$/.test(src));
  if (soundOnly)
    // biome-ignore lint/a11y/useMediaCaption: messages recorded in the browser have no captions
    return <audio src={src} controls preload="metadata" aria-label={label} style={{ width: '100%' }} />;
  return (
    // biome-ignore lint/a11y/useMediaCaption: messages recorded in the browser have no captions
    <video
      src={src}
      controls
      preload="metadata"
      aria-label={label}
      style={{ width: '100%', maxHeight: 420 }}
      onLoadedMetadata={(e) => e.currentTarget.videoWidth === 0 && setSoundOnly(true)}
    />
  );
}
