import { type Locale, t } from '../../platform/i18n';

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

const style =
  'body{font-family:system-ui,sans-serif;margin:0;min-height:100vh;display:grid;place-items:center;background:#f8f9fa;color:#212529}' +
  'main{max-width:28rem;padding:2rem;text-align:center}h1{font-size:1.4rem}a{color:#1c64d9}';

/** The friendly page for a code that does not exist (mistyped, truncated by a chat app, or made up). */
export function notFoundPage(locale: Locale, home: string): string {
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex"><title>${esc(t(locale, 'links:notFound.title'))}</title><style>${style}</style></head>
<body><main><h1>${esc(t(locale, 'links:notFound.title'))}</h1><p>${esc(t(locale, 'links:notFound.body'))}</p>
<p><a href="${esc(home)}">${esc(t(locale, 'links:notFound.home'))}</a></p></main></body></html>`;
}

/**
 * What link-preview crawlers get: the post's Open Graph card, pointing at the destination, so the shared post looks
 * right on LinkedIn or WhatsApp. A person who lands here anyway (a browser we took for a bot) is sent on.
 */
export function cardPage(
  locale: Locale,
  input: { card: { title: string; description: string } | null; destination: string; imageUrl: string | null },
): string {
  const title = input.card?.title ?? input.destination;
  const description = input.card?.description ?? '';
  const meta = [
    ['og:type', 'website'],
    ['og:title', title],
    ['og:description', description],
    ['og:url', input.destination],
    ...(input.imageUrl ? [['og:image', input.imageUrl]] : []),
    ['twitter:card', input.imageUrl ? 'summary_large_image' : 'summary'],
  ]
    .map(([k, v]) => `<meta property="${k}" content="${esc(v)}">`)
    .join('\n');
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(title)}</title><meta name="description" content="${esc(description)}">
${meta}
<link rel="canonical" href="${esc(input.destination)}"><meta http-equiv="refresh" content="0;url=${esc(input.destination)}">
<style>${style}</style></head><body><main><h1>${esc(title)}</h1><p>${esc(description)}</p>
<p><a href="${esc(input.destination)}">${esc(t(locale, 'links:card.continue'))}</a></p></main></body></html>`;
}
