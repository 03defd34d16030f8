import type { TFunction } from 'i18next';
import type { NewsPostT } from './api';

type Kind = NewsPostT['kind'];
export const newsKinds = ['news', 'leadership', 'product_brief'] as const;
const kindKeys: Record<Kind, string> = {
  news: 'news:kind.news',
  leadership: 'news:kind.leadership',
  product_brief: 'news:kind.product_brief',
};
export const kindLabel = (t: TFunction, k: Kind) => t(kindKeys[k]);

/** A post's title in the reader's language, falling back to the other. */
export const titleIn = (lang: string, p: { titleIt: string; titleEn: string }) =>
  lang === 'en' ? p.titleEn || p.titleIt : p.titleIt || p.titleEn;
