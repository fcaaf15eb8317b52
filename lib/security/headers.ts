import { contentSecurityPolicy, FILE_POLICY, STRICT_TRANSPORT_SECURITY } from './csp';

// Imported by next.config.ts, so relative imports only and no server-only
// module: Next evaluates this at build time and bakes the result into its
// routes manifest.

type Header = { key: string; value: string };
type HeaderRule = {
  source: string;
  has?: { type: 'header'; key: string; value: string }[];
  headers: Header[];
};

// X-Forwarded-Proto as a TLS-terminating proxy writes it ("https", or the
// first of a list), matched whole by Next (`^…$`).
const OVER_HTTPS = {
  type: 'header' as const,
  key: 'x-forwarded-proto',
  value: '[Hh][Tt][Tt][Pp][Ss](?:\\s*,.*)?',
};

/**
 * The policy of every response Next answers without the proxy: cached
 * reading pages, 404s, error pages, API routes, /media. Staff pages get a
 * nonce-based policy from proxy.ts instead, which replaces this header.
 * In production the https variant, chosen per request by X-Forwarded-Proto,
 * adds `upgrade-insecure-requests`; HSTS is sent in production whatever the
 * scheme, since browsers ignore it on plain http. Uploaded files get the
 * stricter FILE_POLICY. A header set here wins over one a route handler
 * sets (Next keeps the first), and of two rules here the later one wins.
 */
export function contentSecurityHeaders({ production }: { production: boolean }): HeaderRule[] {
  const policy = (https: boolean) =>
    contentSecurityPolicy({ development: !production, https: production && https });
  const rules: HeaderRule[] = [
    { source: '/:path*', headers: [{ key: 'Content-Security-Policy', value: policy(false) }] },
  ];
  if (production) {
    rules.push(
      {
        source: '/:path*',
        headers: [{ key: 'Strict-Transport-Security', value: STRICT_TRANSPORT_SECURITY }],
      },
      {
        source: '/:path*',
        has: [OVER_HTTPS],
        headers: [{ key: 'Content-Security-Policy', value: policy(true) }],
      },
    );
  }
  rules.push({
    source: '/media/:path*',
    headers: [{ key: 'Content-Security-Policy', value: FILE_POLICY }],
  });
  return rules;
}
