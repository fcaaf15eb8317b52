import { gzipSync } from 'node:zlib';

const SCRIPT = /<script\b[^>]*>[\s\S]*?<\/script>/gi;
const SCRIPT_PRELOAD = /<link\b[^>]*\bas="script"[^>]*>/gi;

/** gzip size at nginx's level in deploy/nginx.conf. */
export const gzipBytes = (text: string | Buffer) => gzipSync(text, { level: 5 }).length;

/**
 * The same page as a static site would serve it: the HTML a reader sees,
 * without the client JavaScript and the inline RSC payload (which repeats
 * the article for client-side navigation).
 */
export function staticCopy(html: string): string {
  return html.replace(SCRIPT, '').replace(SCRIPT_PRELOAD, '');
}

/**
 * Every script file the page loads: src attributes and script preloads.
 * `nomodule` scripts (Next's legacy polyfills) only with `legacy`: browsers
 * that run ES modules, every current one, never download them.
 */
function scriptUrls(html: string, base: string, legacy: boolean): string[] {
  const urls = new Set<string>();
  for (const match of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/gi)) {
    if (legacy || !/\bnomodule\b/i.test(match[0])) urls.add(match[1] ?? '');
  }
  for (const match of html.matchAll(SCRIPT_PRELOAD)) {
    const href = /\bhref="([^"]+)"/.exec(match[0])?.[1];
    if (href) urls.add(href);
  }
  urls.delete('');
  return [...urls].map((u) => new URL(u.replaceAll('&amp;', '&'), base).toString());
}

/** Total gzip size of the client JavaScript the page loads (see scriptUrls). */
export async function clientJsGzip(html: string, base: string, legacy = false): Promise<number> {
  let total = 0;
  for (const url of scriptUrls(html, base, legacy)) {
    const response = await fetch(url);
    total += gzipBytes(Buffer.from(await response.arrayBuffer()));
  }
  return total;
}
