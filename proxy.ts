import { type NextRequest, NextResponse } from 'next/server';
import { getToken } from 'next-auth/jwt';
import { authSecret, sessionCookie } from '@/lib/auth/base-config';

/**
 * Sends visitors without a valid session cookie from the staff area to the
 * login page, remembering where they were going. This is an early redirect
 * for a better experience, not the security boundary: every staff page,
 * action and query checks the actor itself (lib/auth/guards.ts), which also
 * refuses deactivated accounts. It only decodes the cookie: no database.
 */
export default async function proxy(request: NextRequest): Promise<NextResponse> {
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

export const config = { matcher: ['/quan-tri', '/quan-tri/:path*'] };
