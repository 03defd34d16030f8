import type { TFunction } from 'i18next';
import type { PostStatus } from './api';

/** Literal keys, so the catalogue check sees each one used. The status of one post (singular). */
export function statusLabel(t: TFunction, s: PostStatus): string {
  const labels: Record<PostStatus, string> = {
    draft: t('content:status.draft'),
    in_review: t('content:status.in_review'),
    scheduled: t('content:status.scheduled'),
    published: t('content:status.published'),
    expired: t('content:status.expired'),
    archived: t('content:status.archived'),
  };
  return labels[s];
}

/** Filled badges in dark shades: white text keeps a 4.5:1 contrast. */
/** The list tab of a status (plural). */
export function tabLabel(t: TFunction, s: PostStatus): string {
  const labels: Record<PostStatus, string> = {
    draft: t('content:tabs.draft'),
    in_review: t('content:tabs.in_review'),
    scheduled: t('content:tabs.scheduled'),
    published: t('content:tabs.published'),
    expired: t('content:tabs.expired'),
    archived: t('content:tabs.archived'),
  };
  return labels[s];
}

export const statusColor: Record<PostStatus, string> = {
  draft: 'gray.7',
  in_review: 'grape.9',
  scheduled: 'violet.9',
  published: 'teal.9',
  expired: 'dark.5',
  archived: 'dark.7',
};

export const captionNetworkOptions = ['any', 'linkedin', 'x', 'facebook', 'whatsapp', 'telegram', 'email', 'copy'] as const;
export type CaptionNetwork = (typeof captionNetworkOptions)[number];

export function networkLabel(t: TFunction, n: CaptionNetwork): string {
  const labels: Record<CaptionNetwork, string> = {
    any: t('content:networks.any'),
    linkedin: 'LinkedIn',
    x: 'X',
    facebook: 'Facebook',
    whatsapp: 'WhatsApp',
    telegram: 'Telegram',
    email: t('content:networks.email'),
    copy: t('content:networks.copy'),
  };
  return labels[n];
}
