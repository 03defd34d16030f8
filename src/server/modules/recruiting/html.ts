import { fromOurPages } from '../../platform/http/same-origin';
import { type Locale, t } from '../../platform/i18n';

export const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

export const tr = (locale: Locale, key: string, params?: Record<string, unknown>) => esc(t(locale, `recruiting:${key}`, params));

// A few hundred bytes of CSS inline: the page is one request on a phone, no script, no web font.
const style =
  'body{font-family:system-ui,sans-serif;margin:0;background:#f8f9fa;color:#212529;line-height:1.5}' +
  'main{max-width:42rem;margin:0 auto;padding:1rem}h1{font-size:1.5rem;margin:.5rem 0}h2{font-size:1.15rem}' +
  'a{color:#1b5fc9}.card{background:#fff;border:1px solid #dee2e6;border-radius:8px;padding:1rem;margin:.75rem 0}' +
  '.meta{color:#495057;font-size:.95rem}.closed{background:#fff3cd;border-color:#c9a227}' +
  'label{display:block;margin:.75rem 0 .25rem;font-weight:600}input[type=text],input[type=email],textarea{width:100%;box-sizing:border-box;padding:.6rem;font-size:1rem;border:1px solid #adb5bd;border-radius:6px}' +
  'button{font-family:inherit;background:#1b5fc9;color:#fff;border:0;border-radius:6px;padding:.75rem 1.25rem;font-size:1rem;margin-top:1rem;min-height:44px}' +
  'button.secondary{background:#495057}.photos{display:flex;gap:.5rem;overflow-x:auto}.photos img{height:10rem;border-radius:6px}' +
  '.check{display:flex;gap:.5rem;align-items:flex-start;font-weight:400}.error{color:#a51d1d;font-weight:600}';

export type Head = {
  title: string;
  description?: string;
  meta?: [string, string][];
  canonical?: string;
  extra?: string;
  noindex?: boolean;
};

export function layout(locale: Locale, head: Head, body: string): string {
  const meta = (head.meta ?? []).map(([k, v]) => `<meta property="${esc(k)}" content="${esc(v)}">`).join('\n');
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="referrer" content="same-origin">
<title>${esc(head.title)}</title>${head.description ? `<meta name="description" content="${esc(head.description)}">` : ''}
${head.noindex ? '<meta name="robots" content="noindex">' : ''}${head.canonical ? `<link rel="canonical" href="${esc(head.canonical)}">` : ''}
${meta}${head.extra ?? ''}<style>${style}</style></head><body><main>${body}</main></body></html>`;
}

/** A page with one message (application received, link expired, data erased…). */
export function messagePage(locale: Locale, title: string, text: string, link?: { href: string; label: string }): string {
  return layout(
    locale,
    { title, noindex: true },
    `<h1>${esc(title)}</h1><p>${esc(text)}</p>${link ? `<p><a href="${esc(link.href)}">${esc(link.label)}</a></p>` : ''}`,
  );
}

/**
 * The public forms post back to Voce. The app-wide Referrer-Policy is no-referrer, under which Chromium sends
 * `Origin: null` with form posts; these pages relax it to same-origin (meta above), and a browser that still says
 * null is trusted only when it states the post comes from our own origin (Sec-Fetch-Site, which pages cannot forge).
 */
export function fromOwnForm(headers: Headers, publicUrl: string, requestUrl: string): boolean {
  if (headers.get('origin') === 'null') return headers.get('sec-fetch-site') === 'same-origin';
  return fromOurPages(headers, new URL(publicUrl).origin, new URL(requestUrl).origin);
}
