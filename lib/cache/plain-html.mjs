// @ts-check
/**
 * A page as plain HTML. A route that needs no client code declares so
 * (lib/security/plain-html-routes.ts): nothing on it needs React in the
 * browser, so Next's client runtime (its chunks and their preloads, the
 * bootstrap, the inline RSC payload: a second copy of the page, for
 * client-side navigation) only costs the reader bandwidth and battery. What
 * stays: the HTML, stylesheets, fonts, data blocks (JSON-LD), and the
 * portal's own scripts from public/ (article-tools.js). Links and forms
 * work as plain HTML.
 *
 * The page is read with a real HTML parser (htmlparser2), whatever the
 * quoting or the address of Next's scripts, and only the elements removed
 * are cut from its text: the rest goes out byte for byte.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { Parser } from 'htmlparser2';

/** MIME types a browser runs as classic script (HTML's "JavaScript MIME type essence"). */
const JAVASCRIPT_TYPE =
  /^(?:(?:application|text)\/(?:x-)?(?:java|ecma)script|text\/(?:javascript1\.[0-5]|jscript|livescript))$/;
/** Types that run or steer code, not data: module scripts, import maps, speculation rules. */
const CODE_TYPE = /^(?:module|importmap|speculationrules)$/;
const ORIGIN = 'http://portal.invalid';

/**
 * A script element that is a data block (JSON-LD): never run, so it stays.
 * @param {Record<string, string>} attribs
 */
function isDataBlock(attribs) {
  const type = (attribs.type ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return type !== '' && !JAVASCRIPT_TYPE.test(type) && !CODE_TYPE.test(type);
}

/** A link that preloads script. @param {Record<string, string>} attribs */
function preloadsScript(attribs) {
  const rel = (attribs.rel ?? '').toLowerCase().split(/\s+/);
  if (rel.includes('modulepreload')) return true;
  const as = (attribs.as ?? '').toLowerCase();
  return (rel.includes('preload') || rel.includes('prefetch')) && as === 'script';
}

/**
 * The site paths of the scripts in a public/ folder (the portal's own).
 * @param {string} dir
 * @returns {Set<string>}
 */
export function publicScripts(dir) {
  /** @type {Set<string>} */
  const found = new Set();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.m?js$/.test(entry.name)) continue;
    const file = path.relative(dir, path.join(entry.parentPath, entry.name));
    found.add(`/${file.split(path.sep).join('/')}`);
  }
  return found;
}

/**
 * `html` without Next's client runtime: every script but data blocks and
 * those whose address is in `ownScripts` (site paths, from this origin),
 * and every link preloading script.
 * @param {string} html
 * @param {ReadonlySet<string>} ownScripts
 */
export function plainHtml(html, ownScripts) {
  /** @type {[number, number][]} */
  const cuts = [];
  let scriptStart = -1;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name === 'script') {
          const own = attribs.src !== undefined && isOwn(attribs.src, ownScripts);
          scriptStart = own || isDataBlock(attribs) ? -1 : parser.startIndex;
        } else if (name === 'link' && preloadsScript(attribs)) {
          cuts.push([parser.startIndex, parser.endIndex + 1]);
        }
      },
      onclosetag(name) {
        if (name !== 'script' || scriptStart === -1) return;
        cuts.push([scriptStart, parser.endIndex + 1]);
        scriptStart = -1;
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  if (cuts.length === 0) return html;
  let out = '';
  let at = 0;
  for (const [from, to] of cuts) {
    out += html.slice(at, from);
    at = to;
  }
  return out + html.slice(at);
}

/** @param {string} src @param {ReadonlySet<string>} ownScripts */
function isOwn(src, ownScripts) {
  try {
    const url = new URL(src, `${ORIGIN}/`);
    return url.origin === ORIGIN && ownScripts.has(url.pathname);
  } catch {
    return false;
  }
}
