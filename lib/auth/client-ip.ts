import { isIP } from 'node:net';

// Pure, with no request scope of a framework: the production server's form
// handling uses these outside Next too.

/**
 * Normalises one address from a forwarding header: strips an IPv6 bracket
 * form or an IPv4 port, and the IPv4-mapped IPv6 prefix, and returns null
 * for anything that is not an IP address (so a forged header cannot store
 * arbitrary text in the audit trail).
 */
export function normaliseIp(raw: string): string | null {
  let value = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed?.[1]) value = bracketed[1];
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(value))
    value = value.slice(0, value.lastIndexOf(':'));
  if (value.toLowerCase().startsWith('::ffff:') && isIP(value.slice(7)) === 4)
    value = value.slice(7);
  return isIP(value) ? value.toLowerCase() : null;
}

/**
 * The client address of a request. The right-most entry of X-Forwarded-For
 * is the one written by the nearest hop: Next.js itself (from the socket)
 * when clients connect directly, or the reverse proxy in front of it, which
 * appends the address it saw. Entries further left are whatever the client
 * claimed, so they are not trusted. X-Real-IP is the fallback.
 */
export function clientIpFrom(source: Pick<Headers, 'get'>): string | null {
  const forwarded = source.get('x-forwarded-for');
  const last = forwarded?.split(',').at(-1);
  const fromForwarded = last ? normaliseIp(last) : null;
  if (fromForwarded) return fromForwarded;
  const real = source.get('x-real-ip');
  return real ? normaliseIp(real) : null;
}
