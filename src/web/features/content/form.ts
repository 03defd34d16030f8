import dayjs from 'dayjs';
import type { PostInputT, PostT } from './api';
import type { CaptionNetwork } from './labels';

export type CaptionDraft = { key: string; locale: 'it' | 'en'; network: CaptionNetwork; text: string };

/** What the editor form holds; dates as datetime-local strings in the browser's time zone. */
export type PostForm = {
  title: string;
  body: string;
  url: string;
  imageKey: string | null;
  imageUrl: string | null;
  previewTitle: string;
  previewDescription: string;
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

export function formOf(post?: PostT): PostForm {
  return {
    title: post?.title ?? '',
    body: post?.body ?? '',
    url: post?.url ?? '',
    imageKey: post?.imageKey ?? null,
    imageUrl: post?.imageUrl ?? null,
    previewTitle: post?.previewTitle ?? '',
    previewDescription: post?.previewDescription ?? '',
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
  return {
    title: f.title,
    body: f.body,
    url: f.url,
    imageKey: f.imageKey,
    previewTitle: f.previewTitle || null,
    previewDescription: f.previewDescription || null,
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
