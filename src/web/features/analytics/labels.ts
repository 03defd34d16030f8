import type { TFunction } from 'i18next';

// Literal keys so the catalogue check sees every network label in use.
const networkKeys: Record<string, string> = {
  linkedin: 'analytics:networks.linkedin',
  x: 'analytics:networks.x',
  facebook: 'analytics:networks.facebook',
  whatsapp: 'analytics:networks.whatsapp',
  telegram: 'analytics:networks.telegram',
  email: 'analytics:networks.email',
  copy: 'analytics:networks.copy',
};

export const networks = Object.keys(networkKeys);

export function networkLabel(t: TFunction, key: string) {
  return networkKeys[key] ? t(networkKeys[key]) : key;
}

/** Breakdown keys are '' when the sharer had no department or site. */
export function groupLabel(t: TFunction, key: string) {
  return key === '' ? t('analytics:notSet') : key;
}
