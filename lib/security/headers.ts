import { contentSecurityPolicy, FILE_POLICY, STRICT_TRANSPORT_SECURITY } from './csp';
import { HTTPS_FORWARDED_PROTO } from './forwarded-proto.cjs';
import { PLAIN_HTML_HEADER, PLAIN_HTML_ROUTES } from './plain-html-routes';

// Imported by next.config.ts, so relative imports only and no server-only
// module: Next evaluates this at build time and bakes the result into its
// routes manifest.

type Header = { key: string; value: string };
type HeaderRule = {
  source: string;
  has?: { type: 'header'; key: string; value: string }[];
  headers: Header[];
};

const OVER_HTTPS = {
  type: 'header' as const,
  key: 'x-forwarded-proto',
  value: HTTPS_FORWARDED_PROTO,
};

/**
 * The policy of every response Next answers without the proxy: cached
 * reading pages, 404s, error pages, API routes, /media. Staff pages get a
 * nonce-based policy from proxy.ts instead, which replaces this header.
 * In production the https variant, chosen per request by X-Forwarded-Proto,
 * adds `upgrade-insecure-requests`; HSTS is sent in production whatever the
 * scheme, since browsers ignore it on plain http. The routes sent as plain
 * HTML (plain-html-routes.ts) get a policy with no inline script, in
 * production (where the server makes them plain); uploaded files get the
 * stricter FILE_POLICY. A header set here wins over one a route handler
 * sets (Next keeps the first), and of two rules here the later one wins.
 */
export function contentSecurityHeaders({ production }: { production: boolean }): HeaderRule[] {
  const csp = (value: string) => [{ key: 'Content-Security-Policy', value }];
  const policy = (https: boolean, plainHtml = false) =>
    contentSecurityPolicy({ development: !production, https: production && https, plainHtml });
  const rules: HeaderRule[] = [{ source: '/:path*', headers: csp(policy(false)) }];
  if (production) {
    rules.push(
      {
        source: '/:path*',
        headers: [{ key: 'Strict-Transport-Security', value: STRICT_TRANSPORT_SECURITY }],
      },
      { source: '/:path*', has: [OVER_HTTPS], headers: csp(policy(true)) },
      ...PLAIN_HTML_ROUTES.flatMap((source) => [
        {
          source,
          headers: [...csp(policy(false, true)), { key: PLAIN_HTML_HEADER, value: '1' }],
        },
        { source, has: [OVER_HTTPS], headers: csp(policy(true, true)) },
      ]),
    );
  }
  rules.push({ source: '/media/:path*', headers: csp(FILE_POLICY) });
  return rules;
}
