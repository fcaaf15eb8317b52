import { type NextRequest, NextResponse } from 'next/server';
import { getToken } from 'next-auth/jwt';
import { outageResponse } from '@/lib/site/outage-response';
import { authSecret, sessionCookie } from '@/lib/auth/base-config';
import { databaseReachable } from '@/lib/db/reachable';
import { env } from '@/lib/env';
import { contentSecurityPolicy, createNonce, isHttpsForwardedProto } from '@/lib/security/csp';
import { hasMalformedEncoding } from '@/lib/security/url';

// No route has this address: a rewrite here renders the prerendered
// Vietnamese 404 page (app/not-found.tsx), with status 404.
const NO_SUCH_PAGE = '/_khong-tim-thay';

/**
 * The staff area and its login: rendered per request, so they can carry a
 * nonce. Not /dang-nhap/…: no page lives there, and the prerendered 404 it
 * gets has no nonce to match (unknown /quan-tri/… addresses are rendered
 * per request by app/quan-tri/[...rest]).
 */
const STAFF_PATH = /^\/(?:quan-tri(?:\/|$)|dang-nhap$)/;
const STAFF_AREA = /^\/quan-tri(?:\/|$)/;

/**
 * Whether a valid session cookie is present. Only decodes the cookie (no
 * database): an early redirect for a better experience, not the security
 * boundary; every staff page, action and query checks the actor itself
 * (lib/auth/guards.ts), which also refuses deactivated accounts.
 */
async function hasSessionCookie(request: NextRequest): Promise<boolean> {
  const cookie = sessionCookie();
  const token = await getToken({
    req: request,
    secret: authSecret(),
    cookieName: cookie.name,
    salt: cookie.name,
    secureCookie: cookie.options.secure,
  });
  return Boolean(token?.sub);
}

function loginRedirect(request: NextRequest): NextResponse {
  const login = new URL('/dang-nhap', request.nextUrl.origin);
  login.searchParams.set('callbackUrl', `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.redirect(login);
}

/**
 * 1. A path Next could not decode answers the 404 page rather than a 500.
 * 2. Staff pages get a per-request nonce: Next reads it from the request's
 *    Content-Security-Policy and applies it to the scripts it renders; the
 *    same policy goes out on the response, replacing the cached pages' one
 *    (lib/security/headers.ts).
 * 3. Visitors without a session cookie are sent from /quan-tri to the login
 *    page, remembering where they were going.
 * 4. While the database does not answer (probed at most once a second),
 *    staff pages and the login answer a plain Vietnamese 503 instead of an
 *    error page: nothing there can work without it.
 * Reading pages never reach this function unless their path holds a '%'.
 */
export default async function proxy(request: NextRequest): Promise<Response> {
  const { pathname } = request.nextUrl;
  if (hasMalformedEncoding(pathname)) {
    return NextResponse.rewrite(new URL(NO_SUCH_PAGE, request.nextUrl.origin));
  }
  if (!STAFF_PATH.test(pathname)) return NextResponse.next();
  if (!(await databaseReachable())) return outageResponse();
  const production = env().NODE_ENV === 'production';
  const policy = contentSecurityPolicy({
    nonce: createNonce(),
    development: !production,
    https: production && isHttpsForwardedProto(request.headers.get('x-forwarded-proto')),
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('Content-Security-Policy', policy);
  const response =
    STAFF_AREA.test(pathname) && !(await hasSessionCookie(request))
      ? loginRedirect(request)
      : NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

export const config = {
  matcher: ['/quan-tri', '/quan-tri/:path*', '/dang-nhap', '/(.*%.*)'],
};
