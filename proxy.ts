import { type NextRequest, NextResponse } from 'next/server';
import { getToken } from 'next-auth/jwt';
import { outageResponse } from '@/components/layout/outage-response';
import { authSecret, sessionCookie } from '@/lib/auth/base-config';
import { databaseReachable } from '@/lib/db/reachable';

/**
 * Sends visitors without a valid session cookie from the staff area to the
 * login page, remembering where they were going. This is an early redirect
 * for a better experience, not the security boundary: every staff page,
 * action and query checks the actor itself (lib/auth/guards.ts), which also
 * refuses deactivated accounts. It decodes the cookie; its only database
 * contact is a reachability probe made at most once a second.
 */
export default async function proxy(request: NextRequest): Promise<Response> {
  // Nothing in the staff area or the login can work without the database:
  // say so plainly (503), instead of an error page.
  if (!(await databaseReachable())) return outageResponse();
  if (request.nextUrl.pathname === '/dang-nhap') return NextResponse.next();
  const cookie = sessionCookie();
  const token = await getToken({
    req: request,
    secret: authSecret(),
    cookieName: cookie.name,
    salt: cookie.name,
    secureCookie: cookie.options.secure,
  });
  if (token?.sub) return NextResponse.next();
  const login = new URL('/dang-nhap', request.nextUrl.origin);
  login.searchParams.set('callbackUrl', `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.redirect(login);
}

export const config = { matcher: ['/quan-tri', '/quan-tri/:path*', '/dang-nhap'] };
