import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

/**
 * Article bodies are Markdown written by staff. Markdown lets raw HTML
 * through, so the output of marked is never trusted: it passes an allow-list
 * sanitiser that keeps only what an article needs and no script of any kind.
 */
const marked = new Marked({ gfm: true, breaks: false }).use({
  renderer: {
    // An image alone in its paragraph is a photo of the article: a figure,
    // its Markdown title the caption (with the credit, "(Ảnh: …)").
    paragraph({ tokens }) {
      const [only] = tokens;
      if (tokens.length !== 1 || only?.type !== 'image' || !isLocalPath(only.href)) return false;
      const caption = only.title ? `<figcaption>${escapeHtml(only.title)}</figcaption>` : '';
      return `<figure><img src="${escapeHtml(only.href)}" alt="${escapeHtml(only.text)}">${caption}</figure>\n`;
    },
  },
});

function isLocalPath(href: string): boolean {
  return href.startsWith('/') && !href.startsWith('//');
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

const SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: (
    'p br hr h2 h3 h4 ul ol li a strong em b i blockquote figure figcaption img ' +
    'table caption thead tbody tfoot tr th td'
  ).split(' '),
  allowedAttributes: {
    a: ['href', 'title', 'rel'],
    img: ['src', 'alt', 'width', 'height', 'loading'],
    th: ['scope', 'colspan', 'rowspan', 'align'],
    td: ['colspan', 'rowspan', 'align'],
    ol: ['start'],
  },
  // Links may be web, mail or relative; images only relative (served from
  // /media), never hotlinked or inlined as data: URLs.
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: [] },
  allowedSchemesAppliedToAttributes: ['href', 'src'],
  allowProtocolRelative: false,
  transformTags: {
    // The page title is the only <h1>; body headings start at <h2>.
    h1: 'h2',
    h5: 'h4',
    h6: 'h4',
    a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: 'noopener' } }),
    img: (tagName, attribs) => ({
      tagName,
      attribs: { ...attribs, alt: attribs.alt ?? '', loading: 'lazy' },
    }),
  },
  // An image whose source was refused would render as a broken box.
  exclusiveFilter: (frame) => frame.tag === 'img' && !frame.attribs.src,
};

/**
 * HTML reduced to what an article body may contain (the allow-list above):
 * the last step of rendering, and the first of turning pasted HTML into
 * Markdown, so both keep exactly the same things.
 */
export function sanitizeBodyHtml(html: string): string {
  return sanitizeHtml(html, SANITIZE_OPTIONS);
}

/** Renders an article body (Markdown) to HTML that is safe to inject as is. */
export function renderBody(markdown: string): string {
  return sanitizeBodyHtml(marked.parse(markdown.normalize('NFC'), { async: false }));
}
