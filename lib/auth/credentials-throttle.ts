import 'server-only';
import { clientIpFrom } from './ip';
import { isLoginBlocked, RETRY_AFTER_S } from './rate-limit';
import { LOGIN_FAILED_MESSAGE } from './schema';

/**
 * For a direct POST of credentials (an API client, not the login form): an
 * HTTP 429 when one more attempt for that account or from that address would
 * be over the limit, else null and the request goes on to next-auth, whose
 * authorize() enforces the same limit either way. The body is the login
 * form's one failure message, which names no account.
 */
export async function credentialsThrottleResponse(request: Request): Promise<Response | null> {
  const form = await request
    .clone()
    .formData()
    .catch(() => null);
  const email = form?.get('email');
  const key = {
    email: typeof email === 'string' ? email.trim().toLowerCase() : '',
    ip: clientIpFrom(request.headers),
  };
  if (!(await isLoginBlocked(key, { reserved: false }))) return null;
  return new Response(LOGIN_FAILED_MESSAGE, {
    status: 429,
    headers: {
      'Content-Type': 'text/plain; charset=utf-8',
      'Retry-After': String(RETRY_AFTER_S),
      'Cache-Control': 'no-store',
    },
  });
}
