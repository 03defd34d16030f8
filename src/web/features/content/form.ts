import dayjs from 'dayjs';
import type { PostInputT, PostT } from './api';
import type { CaptionNetwork } from './labels';

export type CaptionDraft = { key: string; locale: 'it' | 'en'; network: CaptionNetwork; text: string };

export const postLanguages = ['it', 'en'] as const;
export type PostLanguage = (typeof postLanguages)[number];

/** One language version of the post; empty fields mean "no such version". */
export type TextDraft = { title: string; body: string; previewTitle: string; previewDescription: string };

/** What the editor form holds; dates as datetime-local strings in the browser's time zone. */
export type PostForm = {
  texts: Record<PostLanguage, TextDraft>;
  url: string;
  imageKey: string | null;
  imageUrl: string | null;
  previewImageUrl: string;
  topics: string[];
  language: 'all' | 'it' | 'en';
  captions: CaptionDraft[];
  targetAll: boolean;
  departments: string[];
  sites: string[];
  personIds: string[];
  /** Names of the chosen people, for the picker. */
  people: { id: string; name: string }[];
  publishAt: string;
  expireAt: string;
};

let seq = 0;
export const newKey = () => `c${++seq}`;

const toLocal = (iso: string | null) => (iso ? dayjs(iso).format('YYYY-MM-DDTHH:mm') : '');
const toIso = (local: string) => (local ? new Date(local).toISOString() : null);

const draftOf = (v: PostT['texts']['it'] | undefined): TextDraft => ({
  title: v?.title ?? '',
  body: v?.body ?? '',
  previewTitle: v?.previewTitle ?? '',
  previewDescription: v?.previewDescription ?? '',
});

/** The language whose words the preview and a fetched link preview go to: the first one written, Italian if none. */
export const mainLanguage = (f: PostForm): PostLanguage => postLanguages.find((l) => f.texts[l].title.trim()) ?? 'it';

export function formOf(post?: PostT): PostForm {
  return {
    texts: { it: draftOf(post?.texts.it ?? undefined), en: draftOf(post?.texts.en ?? undefined) },
    url: post?.url ?? '',
    imageKey: post?.imageKey ?? null,
    imageUrl: post?.imageUrl ?? null,
    previewImageUrl: post?.previewImageUrl ?? '',
    topics: post?.topics ?? [],
    language: post?.language ?? 'all',
    captions: (post?.captions ?? []).map((c) => ({ key: newKey(), locale: c.locale, network: c.network, text: c.text })),
    targetAll: post?.targeting.all ?? true,
    departments: post?.targeting.departments ?? [],
    sites: post?.targeting.sites ?? [],
    personIds: post?.targeting.personIds ?? [],
    people: post?.targetPeople ?? [],
    publishAt: toLocal(post?.publishAt ?? null),
    expireAt: toLocal(post?.expireAt ?? null),
  };
}

/** The request body; empty captions are dropped rather than refused. */
export function bodyOf(f: PostForm): PostInputT {
  const text = (d: TextDraft) => ({
    title: d.title || null,
    body: d.body,
    previewTitle: d.previewTitle || null,
    previewDescription: d.previewDescription || null,
  });
  return {
    texts: { it: text(f.texts.it), en: text(f.texts.en) },
    url: f.url,
    imageKey: f.imageKey,
    previewImageUrl: f.previewImageUrl || null,
    topics: f.topics,
    language: f.language,
    captions: f.captions.filter((c) => c.text.trim()).map(({ locale, network, text }) => ({ locale, network, text })),
    targeting: { all: f.targetAll, departments: f.departments, sites: f.sites, personIds: f.personIds },
    publishAt: toIso(f.publishAt),
    expireAt: toIso(f.expireAt),
  };
}

export type SetField = <K extends keyof PostForm>(key: K, value: PostForm[K]) => void;

/** Changes one field of one language version. */
export const setText = (set: SetField, f: PostForm, lang: PostLanguage, patch: Partial<TextDraft>) =>
  set('texts', { ...f.texts, [lang]: { ...f.texts[lang], ...patch } });
