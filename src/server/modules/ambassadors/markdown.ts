import { marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

/**
 * Guidelines are written in Markdown (headings, lists, emphasis, links) and shown as HTML. The HTML is built on the
 * server and sanitised there, so what reaches a browser is a small allow-list: no script, no style, no event
 * handler, links only to http(s) and mailto, opened without giving the page access to Voce.
 */
export function renderGuidelines(markdown: string): string {
  const html = marked.parse(markdown, { async: false, gfm: true, breaks: true });
  return sanitizeHtml(html, {
    allowedTags: ['h2', 'h3', 'h4', 'p', 'br', 'strong', 'em', 'ul', 'ol', 'li', 'a', 'blockquote', 'hr', 'code'],
    allowedAttributes: { a: ['href', 'rel', 'target'] },
    allowedSchemes: ['http', 'https', 'mailto'],
    // A guideline's "# Title" stays below the page's own heading level.
    transformTags: {
      h1: 'h2',
      a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer', target: '_blank' }),
    },
  });
}
