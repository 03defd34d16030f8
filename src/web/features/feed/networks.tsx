import {
  IconBrandFacebook,
  IconBrandLinkedin,
  IconBrandTelegram,
  IconBrandWhatsapp,
  IconBrandX,
  IconLink,
  IconMail,
} from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { networkLabels, type ShareNetwork } from '../../../server/modules/sharing/networks';

export { type ShareNetwork, shareNetworks } from '../../../server/modules/sharing/networks';

const icons: Record<ShareNetwork, ReactNode> = {
  linkedin: <IconBrandLinkedin size={16} aria-hidden />,
  x: <IconBrandX size={16} aria-hidden />,
  facebook: <IconBrandFacebook size={16} aria-hidden />,
  whatsapp: <IconBrandWhatsapp size={16} aria-hidden />,
  telegram: <IconBrandTelegram size={16} aria-hidden />,
  email: <IconMail size={16} aria-hidden />,
  copy: <IconLink size={16} aria-hidden />,
};

export const networkIcon = (n: ShareNetwork) => icons[n];

/** Brand names stay as they are; e-mail and "copy link" are words, so they are translated. */
export function networkName(t: TFunction, n: ShareNetwork): string {
  if (n === 'email') return t('feed:networks.email');
  if (n === 'copy') return t('feed:networks.copy');
  return networkLabels[n];
}
