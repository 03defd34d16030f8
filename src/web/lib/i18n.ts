import i18n, { type ResourceLanguage } from 'i18next';
import { initReactI18next } from 'react-i18next';

// Every src/web/i18n/<lang>/<namespace>.json is a namespace; both languages carry the same keys (checked by a test).
const files = import.meta.glob<{ default: ResourceLanguage[string] }>('../i18n/*/*.json', { eager: true });
const resources: Record<string, ResourceLanguage> = { it: {}, en: {} };
for (const [path, mod] of Object.entries(files)) {
  const m = path.match(/i18n\/(it|en)\/([\w-]+)\.json$/);
  if (m) resources[m[1]][m[2]] = mod.default;
}

export const supportedLocales = ['it', 'en'] as const;
export type WebLocale = (typeof supportedLocales)[number];

function initialLocale(): WebLocale {
  const saved = localStorage.getItem('voce.locale');
  if (saved === 'it' || saved === 'en') return saved;
  for (const l of navigator.languages ?? [navigator.language]) {
    const tag = l.slice(0, 2).toLowerCase();
    if (tag === 'it' || tag === 'en') return tag;
  }
  return 'it';
}

void i18n.use(initReactI18next).init({
  resources,
  lng: initialLocale(),
  fallbackLng: 'it',
  defaultNS: 'common',
  interpolation: { escapeValue: false },
});

i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
  localStorage.setItem('voce.locale', lng);
});
document.documentElement.lang = i18n.language;

export default i18n;
