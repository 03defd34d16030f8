import { marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

/** Images may come only from Voce's own uploads of this module (no tracking pixels from elsewhere). */
const OWN_IMAGE = /^\/api\/news\/media\/[0-9a-f-]{36}\.(png|jpg|webp)$/;

/**
 * Internal posts are written in Markdown (headings, lists, emphasis, links, quotes, images uploaded to Voce) and
 * shown as HTML built and sanitised here: no script, style, frame or event handler reaches a reader; links open
 * without giving the page access to Voce.
 */
export function renderBody(markdown: string): string {
  const html = marked.parse(markdown, { async: false, gfm: true, breaks: true });
  return sanitizeHtml(html, {
    allowedTags: ['h2', 'h3', 'h4', 'p', 'br', 'strong', 'em', 'ul', 'ol', 'li', 'a', 'blockquote', 'hr', 'code', 'img'],
    allowedAttributes: { a: ['href', 'rel', 'target'], img: ['src', 'alt'] },
    allowedSchemes: ['http', 'https', 'mailto'],
    allowedSchemesByTag: { img: [] },
    allowProtocolRelative: false,
    exclusiveFilter: (frame) => frame.tag === 'img' && !OWN_IMAGE.test(frame.attribs.src ?? ''),
    transformTags: {
      h1: 'h2',
      a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer', target: '_blank' }),
    },
  });
}
