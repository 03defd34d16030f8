import type { PostInputT } from './contract';

/** A complete post body as the editor would send it; override what the test is about. */
export function postBody(over: Partial<Record<keyof PostInputT, unknown>> = {}) {
  return {
    texts: {
      it: { title: 'Nuovo stabilimento a Brescia', body: 'Abbiamo aperto il nuovo stabilimento.' },
      en: { title: 'A new plant in Brescia', body: 'Our new plant is open.' },
    },
    url: 'https://example.com/news/brescia',
    topics: ['sostenibilità'],
    language: 'all',
    captions: [
      { locale: 'it', network: 'linkedin', text: 'Orgogliosa del nuovo stabilimento!' },
      { locale: 'it', network: 'any', text: 'Una bella notizia da Brescia.' },
      { locale: 'en', network: 'x', text: 'Our new plant is open.' },
    ],
    targeting: { all: true, departments: [], sites: [], personIds: [] },
    ...over,
  };
}

export const past = (minutes = 5) => new Date(Date.now() - minutes * 60_000).toISOString();
export const future = (minutes = 60) => new Date(Date.now() + minutes * 60_000).toISOString();

/** Texts with only an Italian title (tests about something else than languages). */
export const titled = (title: string) => ({ texts: { it: { title } } });
