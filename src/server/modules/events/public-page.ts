import { type Locale, t } from '../../platform/i18n';
import { formatWhen } from './mail';
import type { PublicGallery } from './public-gallery';

export const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
const tr = (l: Locale, key: string, params?: Record<string, unknown>) => esc(t(l, `events:${key}`, params));

// Inline CSS, no script, no web font: one small request on a phone; photos load lazily at their own size.
const style =
  'body{font-family:system-ui,sans-serif;margin:0;background:#f8f9fa;color:#212529;line-height:1.5}' +
  'main{max-width:42rem;margin:0 auto;padding:1rem}h1{font-size:1.5rem;margin:.5rem 0}.meta{color:#495057}' +
  'a{color:#1b5fc9}article{background:#fff;border:1px solid #dee2e6;border-radius:8px;padding:1rem;margin:.75rem 0}' +
  'article p{white-space:pre-wrap;margin:0 0 .5rem}.photos{display:grid;grid-template-columns:repeat(auto-fill,minmax(9rem,1fr));gap:.5rem}' +
  '.photos img{width:100%;height:auto;border-radius:6px;display:block}footer{margin:1.5rem 0;font-size:.95rem}';

type Head = { title: string; description: string; url: string; image?: string; noindex?: boolean };

function layout(locale: Locale, head: Head, body: string): string {
  const meta: [string, string][] = [
    ['og:type', 'article'],
    ['og:title', head.title],
    ['og:description', head.description],
    ['og:url', head.url],
    ...(head.image ? ([['og:image', head.image]] as [string, string][]) : []),
    ['twitter:card', head.image ? 'summary_large_image' : 'summary'],
  ];
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(head.title)}</title><meta name="description" content="${esc(head.description)}">
${head.noindex ? '<meta name="robots" content="noindex">' : `<link rel="canonical" href="${esc(head.url)}">`}
${meta.map(([k, v]) => `<meta property="${esc(k)}" content="${esc(v)}">`).join('\n')}
<style>${style}</style></head><body><main>${body}</main></body></html>`;
}

/**
 * The public page of an event's gallery: title, day and place, and the approved stories' words and photos. No names
 * (authors, tagged colleagues), no attendee list, nothing not approved: it is read by people outside the company.
 */
export function galleryPage(
  locale: Locale,
  g: PublicGallery,
  urls: { page: string; photo: (key: string) => string; app: string },
) {
  const e = g.event;
  const title = locale === 'en' ? e.titleEn : e.titleIt;
  const place = e.site ?? '';
  const photos = g.stories.flatMap((s) => s.photoKeys);
  const description = (g.stories[0]?.body ?? '').replace(/\s+/g, ' ').slice(0, 200);
  const stories = g.stories
    .map((s, i) => {
      const imgs = s.photoKeys
        .map(
          (k, j) =>
            `<img src="${esc(urls.photo(k))}" alt="${tr(locale, 'public.photoAlt', { n: j + 1, story: i + 1 })}" loading="lazy" decoding="async">`,
        )
        .join('');
      return `<article aria-label="${tr(locale, 'public.story', { n: i + 1 })}"><p>${esc(s.body)}</p>${imgs ? `<div class="photos">${imgs}</div>` : ''}</article>`;
    })
    .join('');
  return layout(
    locale,
    {
      title: `${title} · ${g.org.name}`,
      description,
      url: urls.page,
      image: photos[0] ? urls.photo(photos[0]) : undefined,
    },
    `<p class="meta">${esc(g.org.name)}</p><h1>${esc(title)}</h1>
<p class="meta">${esc(formatWhen(locale, e.startsAt, e.timeZone))}${place ? ` · ${esc(place)}` : ''}</p>
<h2>${tr(locale, 'public.storiesTitle', { count: g.stories.length })}</h2>${stories}
<footer><a href="${esc(urls.app)}">${tr(locale, 'public.colleague')}</a></footer>`,
  );
}

/** The same answer for every event that is not public, whoever asks and whatever exists. */
export function notFoundPage(locale: Locale): string {
  return layout(
    locale,
    { title: t(locale, 'events:public.notFoundTitle'), description: '', url: '', noindex: true },
    `<h1>${tr(locale, 'public.notFoundTitle')}</h1><p>${tr(locale, 'public.notFoundBody')}</p>`,
  );
}
