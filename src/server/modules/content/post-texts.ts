import type { z } from '@hono/zod-openapi';
import { AppError } from '../../platform/errors';
import type { ContentLanguageT, PostTextFieldsT, PostTextsInput, PostTextT } from './contract';
import type { posts } from './schema';

type Row = Pick<
  typeof posts.$inferSelect,
  'title' | 'titleEn' | 'body' | 'bodyEn' | 'previewTitle' | 'previewTitleEn' | 'previewDescription' | 'previewDescriptionEn'
>;

/** A post's words in one language, as a reader gets them. */
export type PostVersion = PostTextT & { locale: ContentLanguageT };

const ORDER: readonly ContentLanguageT[] = ['it', 'en'];

/** One language version of the row, or null when it has no title (the version does not exist). */
export function versionOf(row: Row, locale: ContentLanguageT): PostVersion | null {
  const v =
    locale === 'it'
      ? { title: row.title, body: row.body, previewTitle: row.previewTitle, previewDescription: row.previewDescription }
      : { title: row.titleEn, body: row.bodyEn, previewTitle: row.previewTitleEn, previewDescription: row.previewDescriptionEn };
  return v.title ? { ...v, title: v.title, locale } : null;
}

export function languagesOf(row: Row): ContentLanguageT[] {
  return ORDER.filter((l) => versionOf(row, l) !== null);
}

/**
 * The version a reader sees: the first of their preferred languages the post is written in, else the other one
 * (like captions). Every post has at least one version (a check constraint says so).
 */
export function versionFor(row: Row, preferred: readonly string[]): PostVersion {
  for (const l of [...preferred, ...ORDER]) {
    if (l !== 'it' && l !== 'en') continue;
    const v = versionOf(row, l);
    if (v) return v;
  }
  return { title: '', body: '', previewTitle: null, previewDescription: null, locale: 'it' };
}

const issue = (lang: ContentLanguageT, code: string) => ({ path: `texts.${lang}.title`, code, message: code });

/**
 * Column values for both versions. A language with words but no title is refused (its words would silently never be
 * shown), and so is a post with no title at all; the details name the field, for the editor to show it there.
 */
export function textColumns(texts: z.infer<typeof PostTextsInput>) {
  const part = (t: PostTextFieldsT | undefined) => ({
    title: t?.title || null,
    body: t?.body ?? '',
    previewTitle: t?.previewTitle || null,
    previewDescription: t?.previewDescription || null,
  });
  const it = part(texts.it);
  const en = part(texts.en);
  for (const [lang, v] of [
    ['it', it],
    ['en', en],
  ] as const)
    if (!v.title && (v.body.trim() || v.previewTitle || v.previewDescription))
      throw new AppError('content.title_missing', 400, { language: lang }, [issue(lang, 'title_missing')]);
  if (!it.title && !en.title) throw new AppError('content.title_required', 400, {}, [issue('it', 'title_required')]);
  return {
    title: it.title,
    body: it.body,
    previewTitle: it.previewTitle,
    previewDescription: it.previewDescription,
    titleEn: en.title,
    bodyEn: en.body,
    previewTitleEn: en.previewTitle,
    previewDescriptionEn: en.previewDescription,
  };
}

/** The title in this language, or the other one: for lists, audit entries and share histories. */
export const titleOf = (row: Row, locale: string) => versionFor(row, [locale]).title;
