import 'server-only';
import { headers } from 'next/headers';
import { clientIpFrom } from './client-ip';

export { clientIpFrom, normaliseIp } from './client-ip';

/** The client address of the current request (Server Components, Actions, Route Handlers). */
export async function clientIp(): Promise<string | null> {
  return clientIpFrom(await headers());
}
