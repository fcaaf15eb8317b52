// @ts-check
/**
 * A reading page as plain HTML. Reading pages are Server Components with no
 * client component of their own: nothing on them needs React in the browser,
 * so Next's client runtime (its chunks, their preloads, the bootstrap) and
 * the inline RSC payload (a second copy of the page, for client-side
 * navigation) only cost the reader bandwidth and battery. What stays: the
 * HTML, the stylesheet, the JSON-LD, and the portal's own scripts from
 * public/ (article-tools.js). Links and the GET search form work as plain
 * HTML.
 *
 * A public page that does need React in the browser (a client component)
 * puts `data-client-runtime` on any element, and is sent as Next made it.
 */
const NEXT_SCRIPT = /<script\b[^>]*\bsrc="\/_next\/[^"]*"[^>]*><\/script>/g;
/** Inline scripts: the RSC payload and Next's bootstrap; JSON-LD is data and stays. */
const INLINE_SCRIPT =
  /<script\b(?![^>]*\btype="application\/ld\+json")(?![^>]*\bsrc=)[^>]*>[\s\S]*?<\/script>/g;
const SCRIPT_PRELOAD = /<link\b[^>]*\b(?:as="script"|rel="modulepreload")[^>]*>/g;
export const CLIENT_RUNTIME_MARK = 'data-client-runtime';

/** @param {string} html */
export function plainHtml(html) {
  if (html.includes(CLIENT_RUNTIME_MARK)) return html;
  return html.replace(NEXT_SCRIPT, '').replace(INLINE_SCRIPT, '').replace(SCRIPT_PRELOAD, '');
}
