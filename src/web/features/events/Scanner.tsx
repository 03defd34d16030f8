import { Button, Stack, Text } from '@mantine/core';
import { IconCamera } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

// The Shape Detection API is not in TypeScript's DOM library yet: only what is used here.
type Detector = { detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]> };
type DetectorClass = new (opts: { formats: string[] }) => Detector;
const detectorClass = () => (globalThis as { BarcodeDetector?: DetectorClass }).BarcodeDetector;

/**
 * Scans QR codes with the phone's camera where the browser has BarcodeDetector (Chrome on Android); elsewhere the
 * organiser types the code, so this renders nothing.
 */
export function Scanner({ onCode }: { onCode: (code: string) => void }) {
  const { t } = useTranslation();
  const video = useRef<HTMLVideoElement>(null);
  const [on, setOn] = useState(false);
  const [failed, setFailed] = useState(false);
  const last = useRef('');
  useEffect(() => {
    const Klass = detectorClass();
    if (!on || !Klass) return;
    let stream: MediaStream | null = null;
    let timer = 0;
    let stopped = false;
    const detector = new Klass({ formats: ['qr_code'] });
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: 'environment' } })
      .then(async (s) => {
        stream = s;
        if (!video.current || stopped) return;
        video.current.srcObject = s;
        await video.current.play();
        const tick = async () => {
          if (stopped || !video.current) return;
          const found = await detector.detect(video.current).catch(() => []);
          const code = found[0]?.rawValue;
          // The same badge held in front of the camera is sent once.
          if (code && code !== last.current) {
            last.current = code;
            onCode(code);
          }
          timer = window.setTimeout(tick, 400);
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
  if (!detectorClass() || !navigator.mediaDevices) return null;
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
