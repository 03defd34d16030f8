import { Parser } from 'htmlparser2';
import type { LinkPreviewT } from '../contract';

const clip = (s: string | undefined, max: number) => {
  const v = s?.replace(/\s+/g, ' ').trim();
  return v ? v.slice(0, max) : null;
};

/** Open Graph first (og:title, og:description, og:image), then <title> and meta description. */
export function parseOpenGraph(html: string, baseUrl: string): LinkPreviewT {
  const meta = new Map<string, string>();
  let title = '';
  let inTitle = false;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'title') inTitle = true;
        if (name !== 'meta') return;
        const key = (attrs.property ?? attrs.name ?? '').toLowerCase();
        if (key && attrs.content !== undefined && !meta.has(key)) meta.set(key, attrs.content);
      },
      ontext(text) {
        if (inTitle) title += text;
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  const image = meta.get('og:image') ?? meta.get('og:image:url') ?? meta.get('twitter:image');
  return {
    title: clip(meta.get('og:title') ?? meta.get('twitter:title') ?? title, 300),
    description: clip(meta.get('og:description') ?? meta.get('twitter:description') ?? meta.get('description'), 1000),
    imageUrl: absoluteHttp(image, baseUrl),
  };
}

function absoluteHttp(raw: string | undefined, base: string): string | null {
  if (!raw?.trim()) return null;
  try {
    const url = new URL(raw.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString().slice(0, 2048) : null;
  } catch {
    return null;
  }
}
