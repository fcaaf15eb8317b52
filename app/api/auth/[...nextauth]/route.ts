import type { NextRequest } from 'next/server';
import { handlers } from '@/lib/auth/config';
import { credentialsThrottleResponse } from '@/lib/auth/credentials-throttle';

export const { GET } = handlers;

/**
 * next-auth's endpoints. A direct POST of credentials that is over the
 * failure limit gets HTTP 429 instead of next-auth's redirect.
 */
export async function POST(request: NextRequest): Promise<Response> {
  if (new URL(request.url).pathname.endsWith('/callback/credentials')) {
    const refused = await credentialsThrottleResponse(request);
    if (refused) return refused;
  }
  return handlers.POST(request);
}
