/** Where staff land after logging in when no (safe) destination was asked for. */
export const DEFAULT_AFTER_LOGIN = '/quan-tri';

const base = 'http://portal.invalid';

/**
 * The destination after login, only ever a path inside the staff area:
 * anything else (another site, `//evil`, `/\evil`, a public page, garbage)
 * becomes /quan-tri, so the login form cannot be used as an open redirect.
 */
export function safeCallbackUrl(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.includes('\\')) {
    return DEFAULT_AFTER_LOGIN;
  }
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return DEFAULT_AFTER_LOGIN;
  }
  if (url.origin !== base) return DEFAULT_AFTER_LOGIN;
  if (url.pathname !== '/quan-tri' && !url.pathname.startsWith('/quan-tri/')) {
    return DEFAULT_AFTER_LOGIN;
  }
  return `${url.pathname}${url.search}${url.hash}`;
}
