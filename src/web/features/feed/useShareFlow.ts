import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { takesNoText } from '../../../server/modules/sharing/networks';
import type { ShareResultT } from './api';
import { useShare } from './api';
import type { ShareNetwork } from './networks';

type Body = { postId: string; network: ShareNetwork; text: string; captionId?: string };

/**
 * Records the share, then hands over to the network. The new tab is opened before the request (still inside the
 * click) so popup blockers allow it; Facebook is opened after, because copying its text needs this page focused.
 */
export function useShareFlow() {
  const { t } = useTranslation();
  const share = useShare();
  const [result, setResult] = useState<(ShareResultT & { network: ShareNetwork }) | null>(null);

  async function copy(text: string, network: ShareNetwork) {
    try {
      await navigator.clipboard.writeText(text);
      notifications.show({
        color: 'green',
        title: t('feed:notify.copiedTitle'),
        message: takesNoText(network) ? t('feed:notify.copiedFacebook') : t('feed:notify.copiedBody'),
      });
    } catch {
      notifications.show({
        color: 'yellow',
        title: t('feed:notify.copyFailedTitle'),
        message: t('feed:notify.copyFailedBody'),
      });
    }
  }

  async function run(body: Body) {
    const early = body.network !== 'email' && body.network !== 'copy' && !takesNoText(body.network);
    const tab = early ? window.open('about:blank', '_blank') : null;
    try {
      const res = await share.mutateAsync(body);
      setResult({ ...res, network: body.network });
      if (res.clipboardText) await copy(res.clipboardText, body.network);
      if (!res.intentUrl) return;
      if (body.network === 'email') window.location.href = res.intentUrl;
      else if (tab) {
        tab.opener = null;
        tab.location.href = res.intentUrl;
      } else window.open(res.intentUrl, '_blank', 'noopener');
    } catch {
      tab?.close();
    }
  }

  return { run, result, reset: () => setResult(null), pending: share.isPending, error: share.error };
}
