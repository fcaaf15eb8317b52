// @ts-check
/**
 * The HTTP rules of the page memo (page-memo.mjs): which requests it may
 * answer, which of Next's answers it may keep, and how it sends a copy.
 */
import { createHash } from 'node:crypto';
import { brotliDecompressSync, gunzipSync, gzipSync, inflateSync } from 'node:zlib';
import { plainHtml } from './plain-html.mjs';

/** Requests whose answer Next varies (`Vary`) or must not share. */
const ROUTER_HEADERS = [
  'rsc',
  'next-router-state-tree',
  'next-router-prefetch',
  'next-router-segment-prefetch',
  'next-action',
  'next-url',
];
/** Paths never shared: staff, login, API, and what Next serves from disk anyway. */
const PRIVATE_PATH = /^\/(?:quan-tri|dang-nhap|api|_next|media)(?:[/?]|$)/;
/** A staff session or draft mode: the request goes to Next as it is. */
const PERSONAL_COOKIE = /authjs\.session-token|__prerender_bypass/;
/** Set per copy when it is sent, or by Node itself. */
const NOT_KEPT = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'date',
  'content-length',
  'content-encoding',
  'etag',
]);
const MAX_BODY = 2 * 2 ** 20;

/**
 * @typedef {import('node:http').IncomingMessage} Req
 * @typedef {import('node:http').ServerResponse} Res
 * @typedef {{
 *   status: number,
 *   headers: Record<string, string | string[]>,
 *   plain: Buffer,
 *   gzip: Buffer,
 *   etag: string,
 *   generation: number,
 *   freshUntil: number,
 *   refreshing: boolean,
 * }} Entry
 */

/** The memo key of a request, or null when it must go to Next. @param {Req} req */
export function keyOf(req) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return null;
  const url = req.url ?? '';
  if (!url.startsWith('/') || PRIVATE_PATH.test(url)) return null;
  const headers = req.headers;
  for (const name of ROUTER_HEADERS) if (headers[name] !== undefined) return null;
  if (headers.cookie && PERSONAL_COOKIE.test(headers.cookie)) return null;
  // next.config.ts chooses the Content-Security-Policy by X-Forwarded-Proto.
  const https = /^\s*https\s*(?:,|$)/i.test(String(headers['x-forwarded-proto'] ?? ''));
  return `${https ? 'https' : 'http'} ${url}`;
}

/** `s-maxage` of a public response, else 0. @param {unknown} value */
export function sharedMaxAge(value) {
  const directives = String(value ?? '')
    .toLowerCase()
    .split(',')
    .map((d) => d.trim());
  if (!directives.includes('public')) return 0;
  if (directives.some((d) => d === 'private' || d === 'no-store' || d === 'no-cache')) return 0;
  const shared = directives.find((d) => d.startsWith('s-maxage='));
  const seconds = Number(shared?.slice('s-maxage='.length));
  return Number.isInteger(seconds) && seconds > 0 ? seconds : 0;
}

/**
 * Whether Next's answer, as its headers stand, may be kept: a page Next
 * served from (or put into) its page cache, public for a shared cache.
 * @param {Res} res
 */
export function keepable(res) {
  const headers = res.getHeaders();
  const state = String(headers['x-nextjs-cache'] ?? '');
  return (
    (res.statusCode === 200 || res.statusCode === 404) &&
    (state === 'HIT' || state === 'MISS') &&
    headers['set-cookie'] === undefined &&
    sharedMaxAge(headers['cache-control']) > 0
  );
}

/**
 * Next's held answer as an entry: decoded, a reading page made plain HTML
 * (plain-html.mjs), gzipped once. Null when too large to keep.
 * @param {Res} res @param {Buffer} raw @param {number} generation @param {number} at
 * @returns {Entry | null}
 */
export function entryOf(res, raw, generation, at) {
  const headers = res.getHeaders();
  let body = decode(raw, String(headers['content-encoding'] ?? ''));
  if (body.length > MAX_BODY) return null;
  if (/^text\/html\b/.test(String(headers['content-type'] ?? ''))) {
    body = Buffer.from(plainHtml(body.toString('utf8')), 'utf8');
  }
  /** @type {Record<string, string | string[]>} */
  const kept = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || NOT_KEPT.has(name)) continue;
    kept[name] = Array.isArray(value) ? value : String(value);
  }
  kept['x-nextjs-cache'] = 'HIT'; // what the memo answers is a hit
  const hash = createHash('sha1').update(body).digest('base64url').slice(0, 22);
  return {
    status: res.statusCode,
    headers: kept,
    plain: body,
    gzip: gzipSync(body, { level: 6 }),
    etag: `"${hash}"`,
    generation,
    freshUntil: at + sharedMaxAge(headers['cache-control']) * 1000,
    refreshing: false,
  };
}

/** @param {Buffer} body @param {string} encoding */
function decode(body, encoding) {
  if (encoding === 'gzip') return gunzipSync(body);
  if (encoding === 'deflate') return inflateSync(body);
  if (encoding === 'br') return brotliDecompressSync(body);
  return body;
}

/**
 * Sends a copy: 304 when the reader holds it, gzip when accepted.
 * `writeHead` and `end` are the response's own (Next may have wrapped them).
 * @param {Req} req @param {Res} res @param {Entry} entry
 * @param {{ writeHead: Function, end: Function }} [own]
 * @param {string | undefined} [acceptEncoding]
 */
export function send(req, res, entry, own = res, acceptEncoding = req.headers['accept-encoding']) {
  // Next's own headers, if it answered first, give way to the copy's.
  for (const name of res.getHeaderNames()) res.removeHeader(name);
  if (matches(req.headers['if-none-match'], entry.etag)) {
    own.writeHead.call(res, 304, { ...entry.headers, etag: entry.etag });
    own.end.call(res);
    return;
  }
  const gzip = /\bgzip\b/.test(acceptEncoding ?? '');
  const body = gzip ? entry.gzip : entry.plain;
  own.writeHead.call(res, entry.status, {
    ...entry.headers,
    etag: entry.etag,
    'content-length': String(body.length),
    ...(gzip ? { 'content-encoding': 'gzip' } : {}),
  });
  own.end.call(res, req.method === 'HEAD' ? undefined : body);
}

/** Weak comparison, as for GET. @param {string | undefined} header @param {string} etag */
function matches(header, etag) {
  if (!header) return false;
  return header.split(',').some((tag) => {
    const candidate = tag.trim();
    return candidate === '*' || candidate.replace(/^W\//, '') === etag;
  });
}
