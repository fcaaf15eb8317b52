import { siteUrl } from './url';

/**
 * Whether a POST came from the portal's own pages (CSRF check for forms
 * that anonymous people post, where there is no session token to check).
 * Browsers send Origin on every POST; it must be the portal's public address
 * or the host the request was made to. With no Origin (an old browser, a
 * script: nothing to forge a person's action with), Sec-Fetch-Site, when
 * present, must not say another site.
 */
export function isSameOriginPost(headers: Pick<Headers, 'get'>): boolean {
  const origin = headers.get('origin');
  if (origin === null) return headers.get('sec-fetch-site') !== 'cross-site';
  if (origin === 'null') return false;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return false;
  }
  if (origin === siteUrl()) return true;
  const requested = headers.get('x-forwarded-host') ?? headers.get('host');
  return requested !== null && host === requested.toLowerCase();
}
