import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

export type RecordKind = 'audio' | 'video';
export type RecorderState = 'idle' | 'requesting' | 'recording' | 'recorded' | 'denied' | 'unsupported' | 'failed';

export type MediaRecorderApi = {
  state: RecorderState;
  /** The live camera while recording video (for a preview: `video.srcObject = stream`), else null. */
  stream: MediaStream | null;
  /** Seconds recorded so far (or in total, once stopped). */
  elapsed: number;
  /** The recording once stopped, and an object URL to play it back (revoked on reset and unmount). */
  blob: Blob | null;
  url: string | null;
  /** A localised sentence for the states that need one (denied, unsupported, failed). */
  error: string | null;
  start: () => Promise<void>;
  stop: () => void;
  /** Drops the recording (a retake starts from here). */
  reset: () => void;
};

/** The first container the browser can record (Chromium and Firefox: WebM; Safari: MP4). The server sniffs both. */
function pickType(kind: RecordKind): string | undefined {
  const wanted =
    kind === 'video'
      ? ['video/webm;codecs=vp8,opus', 'video/webm', 'video/mp4']
      : ['audio/webm;codecs=opus', 'audio/webm', 'audio/mp4', 'audio/ogg'];
  return wanted.find((t) => MediaRecorder.isTypeSupported?.(t));
}

export const canRecord = () =>
  typeof window !== 'undefined' && typeof MediaRecorder !== 'undefined' && !!navigator.mediaDevices?.getUserMedia;

/**
 * Records audio or video in the browser: `start()` asks for the microphone (and camera), `stop()` ends and gives a
 * Blob with its object URL, `reset()` discards it. Recording stops by itself after `maxSeconds`. Nothing is uploaded:
 * the caller decides what to do with the Blob (see RecordMedia.tsx).
 *
 *   const rec = useMediaRecorder({ kind: 'audio' });
 *   rec.state === 'recorded' && upload(rec.blob)
 */
export function useMediaRecorder({ kind, maxSeconds = 300 }: { kind: RecordKind; maxSeconds?: number }): MediaRecorderApi {
  const { t } = useTranslation();
  const [state, setState] = useState<RecorderState>(() => (canRecord() ? 'idle' : 'unsupported'));
  const [stream, setStream] = useState<MediaStream | null>(null);
  const [elapsed, setElapsed] = useState(0);
  const [blob, setBlob] = useState<Blob | null>(null);
  const [url, setUrl] = useState<string | null>(null);
  const recorder = useRef<MediaRecorder | null>(null);
  const startedAt = useRef(0);

  const release = useCallback((s: MediaStream | null) => {
    for (const track of s?.getTracks() ?? []) track.stop();
    setStream(null);
  }, []);

  const stop = useCallback(() => {
    if (recorder.current?.state === 'recording') recorder.current.stop();
  }, []);

  const start = useCallback(async () => {
    if (!canRecord()) return setState('unsupported');
    setState('requesting');
    let s: MediaStream;
    try {
      s = await navigator.mediaDevices.getUserMedia({ audio: true, video: kind === 'video' });
    } catch (e) {
      const name = e instanceof DOMException ? e.name : '';
      return setState(name === 'NotAllowedError' || name === 'SecurityError' ? 'denied' : 'failed');
    }
    const type = pickType(kind);
    const rec = new MediaRecorder(s, type ? { mimeType: type } : undefined);
    const parts: Blob[] = [];
    rec.ondataavailable = (e) => e.data.size > 0 && parts.push(e.data);
    rec.onstop = () => {
      release(s);
      const b = new Blob(parts, { type: rec.mimeType || type || `${kind}/webm` });
      setBlob(b);
      setUrl(URL.createObjectURL(b));
      setElapsed(Math.round((Date.now() - startedAt.current) / 1000));
      setState('recorded');
    };
    recorder.current = rec;
    startedAt.current = Date.now();
    setElapsed(0);
    setStream(kind === 'video' ? s : null);
    rec.start(1000);
    setState('recording');
  }, [kind, release]);

  // The clock, and the stop at the maximum length.
  useEffect(() => {
    if (state !== 'recording') return;
    const timer = setInterval(() => {
      const s = Math.floor((Date.now() - startedAt.current) / 1000);
      setElapsed(s);
      if (s >= maxSeconds) stop();
    }, 250);
    return () => clearInterval(timer);
  }, [state, maxSeconds, stop]);

  const reset = useCallback(() => {
    const rec = recorder.current;
    if (rec?.state === 'recording') {
      // Discarded while recording: keep nothing, free the microphone and camera.
      rec.onstop = null;
      rec.stop();
      release(rec.stream);
    }
    setBlob(null);
    setUrl(null);
    setElapsed(0);
    setState(canRecord() ? 'idle' : 'unsupported');
  }, [release]);

  // An object URL lives until replaced or unmounted; so do the microphone and camera.
  useEffect(() => () => void (url && URL.revokeObjectURL(url)), [url]);
  useEffect(
    () => () => {
      if (recorder.current?.state === 'recording') {
        recorder.current.onstop = null;
        recorder.current.stop();
      }
      for (const track of recorder.current?.stream.getTracks() ?? []) track.stop();
    },
    [],
  );

  const message = {
    denied: 'common:recorder.denied',
    unsupported: 'common:recorder.unsupported',
    failed: 'common:recorder.failed',
  } as const;
  const error = state === 'denied' || state === 'unsupported' || state === 'failed' ? t(message[state]) : null;
  return { state, stream, elapsed, blob, url, error, start, stop, reset };
}
