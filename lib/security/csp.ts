/**
 * The portal's Content-Security-Policy, in three forms.
 *
 * Staff pages (/quan-tri, /dang-nhap) are rendered per request, so proxy.ts
 * gives each one a fresh nonce: Next reads it from the request's policy and
 * puts it on every script it emits, and 'strict-dynamic' lets those scripts
 * load the rest of the app. No inline script without the nonce runs there.
 *
 * Reading pages that need no client code (plain-html-routes.ts) are sent as
 * plain HTML: no inline script is left in them, so their policy allows
 * scripts from this origin only (the portal's own files in public/).
 *
 * Other cached pages (a 404 of no route, pages that hydrate) are served to
 * everyone from the same bytes, so they cannot carry a per-request nonce.
 * Hashes do not fit either: each page inlines its own React Server
 * Components payload as `<script>self.__next_f.push(…)</script>` elements
 * whose text is the page's content, and the header leaves before that text
 * is known. What remains is 'unsafe-inline', kept as narrow as browsers
 * allow: only for <script> elements (`script-src-elem`), while inline event
 * handlers (`onerror=`, `onload=`, the usual way markup slips script past a
 * sanitiser) are refused by `script-src-attr 'none'`; no eval, no foreign
 * origin anywhere, and connections, forms and images stay on this origin, so
 * an injected script could not load code or post data elsewhere.
 * `script-src` repeats the element rule for browsers that predate the two
 * finer directives.
 */

export type CspOptions = {
  /** Per-request nonce (base64) for a page rendered for this request only. */
  nonce?: string;
  /** `next dev`: React's debugging needs eval, and styles are injected inline. */
  development?: boolean;
  /** The request reached the portal over https: ask for https subresources too. */
  https?: boolean;
  /** A page sent as plain HTML: no inline script in it. */
  plainHtml?: boolean;
};

export { isHttpsForwardedProto } from './forwarded-proto.cjs';

type Directives = Record<string, string[]>;

const COMMON: Directives = {
  'default-src': ["'self'"],
  'base-uri': ["'none'"],
  'object-src': ["'none'"],
  'frame-ancestors': ["'none'"],
  'form-action': ["'self'"],
  'img-src': ["'self'"],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'style-src': ["'self'"],
};

function scriptDirectives({ nonce, plainHtml }: CspOptions): Directives {
  if (nonce) return { 'script-src': ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"] };
  if (plainHtml) return { 'script-src': ["'self'"], 'script-src-attr': ["'none'"] };
  return {
    'script-src': ["'self'", "'unsafe-inline'"],
    'script-src-elem': ["'self'", "'unsafe-inline'"],
    'script-src-attr': ["'none'"],
  };
}

/** The Content-Security-Policy header value for one response. */
export function contentSecurityPolicy(options: CspOptions = {}): string {
  const directives: Directives = { ...COMMON, ...scriptDirectives(options) };
  if (options.development) {
    directives['script-src'] = [...(directives['script-src'] ?? []), "'unsafe-eval'"];
    directives['style-src'] = ["'self'", "'unsafe-inline'"];
  }
  const parts = Object.entries(directives).map(([name, sources]) => `${name} ${sources.join(' ')}`);
  if (options.https) parts.push('upgrade-insecure-requests');
  return parts.join('; ');
}

/**
 * Uploaded files (/media) are images, never documents: should one be opened
 * as a page anyway, it may load nothing, run nothing and post nowhere.
 */
export const FILE_POLICY = [
  "default-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  'sandbox',
].join('; ');

/**
 * HSTS for production: two years of https-only for this host (not its
 * subdomains, which may be other services of the ministry). Browsers ignore
 * it on plain http, so a local http server is not affected.
 */
export const STRICT_TRANSPORT_SECURITY = 'max-age=63072000';

/** A fresh nonce: 128 random bits, base64. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
