import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import i18next, { type Resource, type ResourceLanguage, type TFunction } from 'i18next';

export const locales = ['it', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'it';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Every JSON file in it/ and en/ is a namespace (errors.json → "errors"). */
function loadCatalogues() {
  const resources: Resource = {};
  for (const lng of locales) {
    resources[lng] = {};
    for (const file of fs.readdirSync(path.join(here, lng))) {
      if (!file.endsWith('.json')) continue;
      (resources[lng] as ResourceLanguage)[file.replace(/\.json$/, '')] = JSON.parse(
        fs.readFileSync(path.join(here, lng, file), 'utf8'),
      );
    }
  }
  return resources;
}

const instance = i18next.createInstance();
void instance.init({
  resources: loadCatalogues(),
  lng: defaultLocale,
  fallbackLng: 'en',
  defaultNS: 'errors',
  interpolation: { escapeValue: false },
  initAsync: false,
});

export function t(locale: Locale, key: string, params?: Record<string, unknown>): string {
  return (instance.getFixedT(locale) as TFunction)(key, params ?? {});
}

export function isLocale(v: unknown): v is Locale {
  return v === 'it' || v === 'en';
}

/** Picks it/en from an Accept-Language header, by the order the browser gives. */
export function localeFromHeader(header: string | undefined | null): Locale {
  if (!header) return defaultLocale;
  for (const part of header.split(',')) {
    const tag = part.split(';')[0].trim().slice(0, 2).toLowerCase();
    if (isLocale(tag)) return tag;
  }
  return defaultLocale;
}
