// @ts-check
/**
 * What one request to a public reading page tells the counter, decided in
 * the serving layer (scripts/serve.mjs) so that a read the page memo answers
 * counts like one Next renders. Pure: no clock, no database.
 */
import { isbot } from 'isbot';

/**
 * The portal's own pages with an address (lib/core/page-slugs.ts
 * ROUTED_PAGE_SLUGS, which the server cannot import: it is TypeScript;
 * tests/unit/counting-read.test.ts holds the two lists equal).
 */
export const COUNTED_PAGE_SLUGS = ['gioi-thieu', 'lien-he', 'en'];

const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*';
/** The reading routes that are counted, by their public address (no query string). */
const COUNTED = new RegExp(
  [
    '/',
    `/tin-tuc/${SLUG}`,
    `/chuyen-muc/${SLUG}`,
    '/ke-hoach-truyen-thong/[0-9]{4}',
    '/du-thao',
    `/du-thao/${SLUG}`,
    '/su-kien',
    `/su-kien/${SLUG}`,
    '/ve-thong-ke',
    ...COUNTED_PAGE_SLUGS.map((slug) => `/${slug}`),
  ]
    .map((p) => `(?:${p})`)
    .join('|')
    .replace(/^/, '^(?:')
    .concat(')$'),
);

/**
 * The counted address of a request URL: its path without query string or
 * trailing slash, when it is a reading route; else null (feeds, assets, API).
 * @param {string} url
 */
export function countedPath(url) {
  const q = url.indexOf('?');
  let path = q === -1 ? url : url.slice(0, q);
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  return path.length <= 200 && COUNTED.test(path) ? path : null;
}

/** @param {string} ua @returns {'mobile' | 'tablet' | 'desktop'} */
export function deviceClass(ua) {
  if (/iPad|Tablet|PlayBook|Silk|Android(?!.*Mobile)/i.test(ua)) return 'tablet';
  if (/Mobi|iPhone|iPod|Android|Windows Phone|Opera Mini/i.test(ua)) return 'mobile';
  return 'desktop';
}

/**
 * The referring site's host name ('(direct)' with none or an unreadable
 * one, '(internal)' from the portal's own host). Only the host: never the
 * referring page's path or query, which can carry personal data.
 * @param {string | undefined} referer @param {string | undefined} host
 */
export function referrerDomain(referer, host) {
  if (!referer) return '(direct)';
  const key = `${host}\n${referer}`;
  const known = referrers.get(key);
  if (known !== undefined) return known;
  const domain = domainOf(referer, host);
  if (referrers.size >= 2000) referrers.clear();
  referrers.set(key, domain);
  return domain;
}

/** Referrers seen and their domain: a URL parse costs microseconds, and readers come from few places. */
const referrers = new Map();

/** @param {string} referer @param {string | undefined} host */
function domainOf(referer, host) {
  let name;
  try {
    name = new URL(referer).hostname.toLowerCase();
  } catch {
    return '(direct)';
  }
  if (!name) return '(direct)';
  const own = (host ?? '').toLowerCase().replace(/:\d+$/, '');
  if (name === own) return '(internal)';
  return name.replace(/^www\./, '').slice(0, 100);
}

/**
 * What a user agent says about the reader: null for a known crawler or tool
 * (the maintained isbot list) or no user agent, else its device class.
 * isbot's pattern costs ~20 µs a call; readers send few distinct user
 * agents, so each is classified once (bounded, like the memo's own caches).
 * @type {Map<string, 'mobile' | 'tablet' | 'desktop' | null>}
 */
const agents = new Map();
const MAX_AGENTS = 2000;

/** @param {string | undefined} ua @returns {'mobile' | 'tablet' | 'desktop' | null} */
export function readerDevice(ua) {
  if (!ua) return null;
  let known = agents.get(ua);
  if (known === undefined) {
    known = isbot(ua) ? null : deviceClass(ua);
    if (agents.size >= MAX_AGENTS) agents.clear();
    agents.set(ua, known);
  }
  return known;
}

/** Known crawlers and tools, and requests with no user agent. @param {string | undefined} ua */
export function isBot(ua) {
  return readerDevice(ua) === null;
}

/**
 * The client address as the nearest hop saw it: the right-most
 * X-Forwarded-For entry (written by the reverse proxy in front), else the
 * socket's. Only ever hashed, never kept.
 * @param {import('node:http').IncomingMessage} req
 */
export function clientAddress(req) {
  const forwarded = req.headers['x-forwarded-for'];
  const last = (Array.isArray(forwarded) ? forwarded.join(',') : forwarded)?.split(',').at(-1);
  return last?.trim() || req.socket.remoteAddress || '';
}
