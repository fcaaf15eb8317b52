// @ts-check
/**
 * The HTTP rules of the page memo (page-memo.mjs): which requests it may
 * answer, which of Next's answers it may keep, and how it sends a copy.
 */
import { createHash } from 'node:crypto';
import { brotliDecompressSync, gunzipSync, gzipSync, inflateSync } from 'node:zlib';
import Negotiator from 'negotiator';
import {
  CACHE_STATE_HEADER,
  hasPersonalCookie,
  NEXT_ASSET_PREFIX,
  ROUTER_HEADERS,
  SHARED_CACHE_STATES,
} from './next-contract.mjs';
import { plainHtml } from './plain-html.mjs';

// Shared with next.config.ts, which chooses the policy and declares plain routes.
import { isHttpsForwardedProto } from '../security/forwarded-proto.cjs';
import { PLAIN_HTML_HEADER } from '../security/plain-html-header.cjs';

/** Paths never shared: staff, login, API, and what Next serves from disk anyway. */
const PRIVATE_PATH = /^\/(?:quan-tri|dang-nhap|api|media)(?:[/?]|$)/;
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
 *   heads: Heads,
 *   plain: Buffer,
 *   gzip: Buffer,
 *   etag: string,
 *   generation: number,
 *   freshUntil: number,
 *   refreshing: boolean,
 * }} Entry
 * @typedef {{ plain: string[], gzip: string[], notModified: string[] }} Heads
 *   The headers of each answer a copy can give, built once: flat name/value lists.
 */

/**
 * Whether the request asks for a page the memo may handle: GET or HEAD of
 * a public path, not a client navigation, prefetch or Server Action.
 * @param {Req} req
 */
export function forPage(req) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const url = req.url ?? '';
  if (!url.startsWith('/') || url.startsWith(NEXT_ASSET_PREFIX) || PRIVATE_PATH.test(url)) {
    return false;
  }
  for (const name of ROUTER_HEADERS) if (req.headers[name] !== undefined) return false;
  return true;
}

/**
 * The memo key of a page request (forPage), or null when its answer is
 * not for everyone (a staff session, draft mode).
 * @param {Req} req
 */
export function keyOf(req) {
  if (hasPersonalCookie(req.headers.cookie)) return null;
  // next.config.ts chooses the Content-Security-Policy by X-Forwarded-Proto.
  const https = isHttpsForwardedProto(String(req.headers['x-forwarded-proto'] ?? ''));
  return `${https ? 'https' : 'http'} ${req.url}`;
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
  return (
    (res.statusCode === 200 || res.statusCode === 404) &&
    SHARED_CACHE_STATES.has(String(headers[CACHE_STATE_HEADER] ?? '')) &&
    headers['set-cookie'] === undefined &&
    sharedMaxAge(headers['cache-control']) > 0
  );
}

/**
 * Whether Next's answer is a page its route declared plain HTML
 * (lib/security/plain-html-routes.ts). Takes the declaration off the answer.
 * @param {Res} res
 */
export function declaredPlain(res) {
  const declared = res.hasHeader(PLAIN_HTML_HEADER);
  res.removeHeader(PLAIN_HTML_HEADER);
  return (
    declared &&
    (res.statusCode === 200 || res.statusCode === 404) &&
    /^text\/html\b/.test(String(res.getHeader('content-type') ?? ''))
  );
}

/**
 * Whether Next's answer is a server error page of a route declared plain
 * HTML. Next's error page is drawn in the browser by its scripts, which that
 * route's policy refuses, so the reader would get a blank page: the memo
 * sends PLAIN_ERROR_PAGE instead (sendPlainError). Ask before declaredPlain,
 * which takes the declaration off the answer.
 * @param {Res} res
 */
export function declaredPlainError(res) {
  return (
    res.hasHeader(PLAIN_HTML_HEADER) &&
    res.statusCode >= 500 &&
    /^text\/html\b/.test(String(res.getHeader('content-type') ?? ''))
  );
}

/** The error page of a plain-HTML route: no script, nothing about the cause. */
export const PLAIN_ERROR_PAGE = `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Đã có lỗi xảy ra | Cổng Truyền thông Chính sách</title>
</head><body><main id="noi-dung">
<h1>Đã có lỗi xảy ra</h1>
<p>Hệ thống tạm thời không hiển thị được trang này. Vui lòng thử lại sau ít phút.</p>
<p><a href="">Thử lại</a> · <a href="/">Về trang chủ</a></p>
</main></body></html>`;

/**
 * Sends PLAIN_ERROR_PAGE with the error's status and Next's other headers
 * (its policy included), never to be stored.
 * @param {Res} res @param {{ writeHead: Function, end: Function }} own
 */
export function sendPlainError(res, own) {
  const body = Buffer.from(PLAIN_ERROR_PAGE, 'utf8');
  for (const name of ['content-encoding', 'etag', 'transfer-encoding']) res.removeHeader(name);
  res.setHeader('content-type', 'text/html; charset=utf-8');
  res.setHeader('content-length', String(body.length));
  res.setHeader('cache-control', 'private, no-store');
  Reflect.apply(own.writeHead, res, [res.statusCode]);
  Reflect.apply(own.end, res, [body]);
}

/**
 * Next's held answer as an entry: decoded, made plain HTML when `ownScripts`
 * is given (plain-html.mjs), gzipped once. Null when too large to keep.
 * `kept`: the memo keeps it, and what it answers from it is a hit.
 * @param {Res} res @param {Buffer} raw
 * @param {{ generation: number, at: number, ownScripts?: ReadonlySet<string>, kept: boolean }} options
 * @returns {Entry | null}
 */
export function entryOf(res, raw, { generation, at, ownScripts, kept: hit }) {
  const headers = res.getHeaders();
  let body = decode(raw, String(headers['content-encoding'] ?? ''));
  if (body.length > MAX_BODY) return null;
  if (ownScripts) body = Buffer.from(plainHtml(body.toString('utf8'), ownScripts), 'utf8');
  /** @type {string[]} */
  const kept = [];
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || NOT_KEPT.has(name)) continue;
    const values = Array.isArray(value) ? value : [String(value)];
    for (const one of values) kept.push(name, name === CACHE_STATE_HEADER && hit ? 'HIT' : one);
  }
  const etag = `"${createHash('sha1').update(body).digest('base64url').slice(0, 22)}"`;
  const gzip = gzipSync(body, { level: 6 });
  return {
    status: res.statusCode,
    heads: {
      plain: [...kept, 'etag', etag, 'content-length', String(body.length)],
      gzip: [
        ...kept,
        'etag',
        etag,
        'content-length',
        String(gzip.length),
        'content-encoding',
        'gzip',
      ],
      notModified: [...kept, 'etag', etag],
    },
    plain: body,
    gzip,
    etag,
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
 * Sends a copy: 304 when the reader holds it (a 2xx only: preconditions do
 * not apply to other answers), gzip when the reader accepts it.
 * `writeHead` and `end` are the response's own (Next may have wrapped them).
 * @param {Req} req @param {Res} res @param {Entry} entry
 * @param {{ writeHead: Function, end: Function }} [own]
 */
export function send(req, res, entry, own = res) {
  // Next's own headers, if it answered first, give way to the copy's.
  if (own !== res) for (const name of res.getHeaderNames()) res.removeHeader(name);
  const { heads } = entry;
  const success = entry.status >= 200 && entry.status < 300;
  if (success && matches(req.headers['if-none-match'], entry.etag)) {
    own.writeHead.call(res, 304, heads.notModified);
    own.end.call(res);
    return;
  }
  const gzip = acceptsGzip(req.headers['accept-encoding']);
  own.writeHead.call(res, entry.status, gzip ? heads.gzip : heads.plain);
  Reflect.apply(own.end, res, [
    req.method === 'HEAD' ? undefined : gzip ? entry.gzip : entry.plain,
  ]);
}

/** Accept-Encoding values seen, and whether each takes gzip: a handful in practice. */
const gzipAccepted = new Map();
const CODINGS = ['gzip', 'identity'];

/** @param {string | undefined} header */
function acceptsGzip(header) {
  if (!header) return false;
  let accepted = gzipAccepted.get(header);
  if (accepted === undefined) {
    accepted =
      new Negotiator({ headers: { 'accept-encoding': header } }).encoding(CODINGS) === 'gzip';
    if (gzipAccepted.size >= 256) gzipAccepted.clear();
    gzipAccepted.set(header, accepted);
  }
  return accepted;
}

/** Weak comparison, as for GET. @param {string | undefined} header @param {string} etag */
function matches(header, etag) {
  if (!header) return false;
  return header.split(',').some((tag) => {
    const candidate = tag.trim();
    return candidate === '*' || candidate.replace(/^W\//, '') === etag;
  });
}
