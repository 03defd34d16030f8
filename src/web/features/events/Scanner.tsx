import { Button, Stack, Text } from '@mantine/core';
import { IconCamera } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

// The Shape Detection API is not in TypeScript's DOM library yet: only what is used here.
type Detector = { detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]> };
type DetectorClass = new (opts: { formats: string[] }) => Detector;
const detectorClass = () => (globalThis as { BarcodeDetector?: DetectorClass }).BarcodeDetector;

type Decode = (video: HTMLVideoElement) => Promise<string | undefined>;

/**
 * The browser's BarcodeDetector where it exists (Chrome on Android, macOS); elsewhere (desktop Linux and Windows
 * Chromium, Firefox, Safari) jsQR on frames copied to a canvas, loaded only when the camera is opened.
 */
async function makeDecoder(): Promise<Decode> {
  const Klass = detectorClass();
  if (Klass) {
    const detector = new Klass({ formats: ['qr_code'] });
    return async (v) => (await detector.detect(v).catch(() => []))[0]?.rawValue;
  }
  const { default: jsQR } = await import('jsqr');
  const canvas = document.createElement('canvas');
  const g = canvas.getContext('2d', { willReadFrequently: true });
  return async (v) => {
    if (!g || !v.videoWidth) return undefined;
    // At most 640 pixels wide: jsQR's time grows with the pixels, and a badge held up fills much of the frame.
    const scale = Math.min(1, 640 / v.videoWidth);
    canvas.width = Math.round(v.videoWidth * scale);
    canvas.height = Math.round(v.videoHeight * scale);
    g.drawImage(v, 0, 0, canvas.width, canvas.height);
    const { data, width, height } = g.getImageData(0, 0, canvas.width, canvas.height);
    return jsQR(data, width, height, { inversionAttempts: 'dontInvert' })?.data || undefined;
  };
}

/** Scans QR codes with the phone's camera, in every browser that can open one; the code can always be typed too. */
export function Scanner({ onCode }: { onCode: (code: string) => void }) {
  const { t } = useTranslation();
  const video = useRef<HTMLVideoElement>(null);
  const [on, setOn] = useState(false);
  const [failed, setFailed] = useState(false);
  const last = useRef('');
  useEffect(() => {
    if (!on) return;
    let stream: MediaStream | null = null;
    let timer = 0;
    let stopped = false;
    Promise.all([navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } }), makeDecoder()])
      .then(async ([s, decode]) => {
        stream = s;
        if (!video.current || stopped) return;
        video.current.srcObject = s;
        await video.current.play();
        const tick = async () => {
          if (stopped || !video.current) return;
          const code = await decode(video.current).catch(() => undefined);
          // The same badge held in front of the camera is sent once.
          if (code && code !== last.current) {
            last.current = code;
            onCode(code);
          }
          timer = window.setTimeout(tick, 300);
        };
        void tick();
      })
      .catch(() => setFailed(true));
    return () => {
      stopped = true;
      window.clearTimeout(timer);
      for (const track of stream?.getTracks() ?? []) track.stop();
    };
  }, [on, onCode]);
  if (!navigator.mediaDevices?.getUserMedia) return null;
  return (
    <Stack gap="xs">
      <Button variant="default" leftSection={<IconCamera size={16} aria-hidden />} onClick={() => setOn((x) => !x)}>
        {on ? t('events:checkIn.stopCamera') : t('events:checkIn.camera')}
      </Button>
      {failed && <Text c="red.9">{t('events:checkIn.cameraFailed')}</Text>}
      {on && <video ref={video} muted playsInline style={{ width: '100%', borderRadius: 8 }} />}
    </Stack>
  );
}
