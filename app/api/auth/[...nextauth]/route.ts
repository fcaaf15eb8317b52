import type { NextRequest } from 'next/server';
import { handlers } from '@/lib/auth/config';
import { clientIpFrom } from '@/lib/auth/ip';
import { isLoginBlocked, RATE_LIMITED_MESSAGE } from '@/lib/auth/rate-limit';

export const { GET } = handlers;

/**
 * next-auth's endpoints. A direct POST of credentials (an API client, not
 * the login form) that is over the failure limit gets HTTP 429 instead of a
 * redirect; authorize() enforces the same limit either way.
 */
export async function POST(request: NextRequest): Promise<Response> {
  if (new URL(request.url).pathname.endsWith('/callback/credentials')) {
    const form = await request
      .clone()
      .formData()
      .catch(() => null);
    const email = form?.get('email');
    const key = {
      email: typeof email === 'string' ? email.trim().toLowerCase() : '',
      ip: clientIpFrom(request.headers),
    };
    if (await isLoginBlocked(key, { reserved: false })) {
      return new Response(RATE_LIMITED_MESSAGE, {
        status: 429,
        headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': '900' },
      });
    }
  }
  return handlers.POST(request);
}
