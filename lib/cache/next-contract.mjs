// @ts-check
/**
 * Everything the page memo (page-memo.mjs) relies on from Next.js and
 * Auth.js, in one module: which request headers and cookies make Next
 * answer differently, which response header says an answer came from (or
 * went into) Next's page cache, where Next serves its own assets, and how
 * an answer is captured on its way out. Names Next exports are imported,
 * not copied, so a rename there fails here at start-up; the others are
 * checked against the real production build by tests/e2e/memo-contract.spec.ts.
 */
import {
  ACTION_HEADER,
  FLIGHT_HEADERS,
  NEXT_INSTANT_TEST_COOKIE,
  NEXT_URL,
} from 'next/dist/client/components/app-router-headers.js';
import {
  COOKIE_NAME_PRERENDER_BYPASS,
  COOKIE_NAME_PRERENDER_DATA,
} from 'next/dist/server/api-utils/index.js';

/** @param {unknown} name */
const named = (name) => {
  if (typeof name !== 'string' || name === '') throw new Error('next: an expected name is gone');
  return name.toLowerCase();
};

/** Request headers of client navigation, prefetch and Server Actions: Next answers them apart. */
export const ROUTER_HEADERS = [...FLIGHT_HEADERS, ACTION_HEADER, NEXT_URL].map(named);

/**
 * The session cookie lib/auth/base-config.ts names (the __Secure- form in
 * production), and Next's draft-mode and test cookies. Auth.js splits a
 * large cookie into `name.0`, `name.1`, ….
 */
const PERSONAL_COOKIES = new Set(
  [
    'authjs.session-token',
    '__Secure-authjs.session-token',
    COOKIE_NAME_PRERENDER_BYPASS,
    COOKIE_NAME_PRERENDER_DATA,
    NEXT_INSTANT_TEST_COOKIE,
  ].map(named),
);

/** Whether a Cookie header carries a staff session or draft mode. @param {string | undefined} header */
export function hasPersonalCookie(header) {
  if (!header) return false;
  for (const pair of header.split(';')) {
    const end = pair.indexOf('=');
    const name = (end === -1 ? pair : pair.slice(0, end)).trim().toLowerCase();
    if (PERSONAL_COOKIES.has(name) || PERSONAL_COOKIES.has(name.replace(/\.\d+$/, ''))) {
      return true;
    }
  }
  return false;
}

/** Next's own files (chunks, styles, fonts, its image optimiser): served from disk. */
export const NEXT_ASSET_PREFIX = '/_next/';

/** Set by Next on a page answer: HIT or MISS when its page cache served or stored it. */
export const CACHE_STATE_HEADER = 'x-nextjs-cache';
export const SHARED_CACHE_STATES = new Set(['HIT', 'MISS']);

/**
 * @typedef {import('node:http').ServerResponse} Res
 * @typedef {{ writeHead: Function, end: Function }} Sender
 */

/**
 * Watches an answer Next writes to `res`. Once its status and headers are
 * set (Next's first writeHead, write, flushHeaders or end), `wanted(res)`
 * says whether to hold it: if so, nothing reaches the reader, and at its
 * end `held(body, own)` gets the whole body as Next sent it (compressed if
 * Next compressed it) and the response's own writeHead and end to answer
 * with; if not, the answer goes through untouched.
 * @param {Res} res
 * @param {(res: Res) => boolean} wanted
 * @param {(body: Buffer, own: Sender) => void} held
 */
export function captureResponse(res, wanted, held) {
  /** @type {{ writeHead: Function, write: Function, end: Function }} */
  const own = { writeHead: res.writeHead, write: res.write, end: res.end };
  /** @type {boolean | null} */
  let holding = null;
  /** @type {Buffer[]} */
  const chunks = [];
  const decide = () => {
    holding ??= wanted(res);
    return holding;
  };
  // Node's flushHeaders and implicit headers go through this writeHead too.
  res.writeHead = /** @type {Res['writeHead']} */ (
    (/** @type {number} */ status, /** @type {unknown[]} */ ...rest) => {
      res.statusCode = status;
      const headers = rest.find((arg) => typeof arg === 'object' && !Array.isArray(arg));
      for (const [name, value] of Object.entries(headers ?? {})) res.setHeader(name, value);
      if (decide()) return res;
      return own.writeHead.call(res, status);
    }
  );
  res.write = /** @type {Res['write']} */ (
    (/** @type {unknown[]} */ ...args) => {
      if (!decide()) return Reflect.apply(own.write, res, args);
      add(chunks, args[0], args[1]);
      return true;
    }
  );
  res.end = /** @type {Res['end']} */ (
    (/** @type {unknown[]} */ ...args) => {
      if (!decide()) return Reflect.apply(own.end, res, args);
      add(chunks, args[0], args[1]);
      held(Buffer.concat(chunks), own);
      return res;
    }
  );
}

/** @param {Buffer[]} chunks @param {unknown} chunk @param {unknown} encoding */
function add(chunks, chunk, encoding) {
  if (chunk === null || chunk === undefined || typeof chunk === 'function') return;
  chunks.push(
    typeof chunk === 'string'
      ? Buffer.from(chunk, /** @type {BufferEncoding} */ (encoding || 'utf8'))
      : Buffer.from(/** @type {Uint8Array} */ (chunk)),
  );
}
