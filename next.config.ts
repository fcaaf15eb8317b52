import type { NextConfig } from 'next';
import { cacheControlRules, sharedCacheHandler } from './lib/cache/http-cache';
import { env } from './lib/env';
import { ROUTED_PAGE_SLUGS } from './lib/core/page-slugs';
import { contentSecurityHeaders } from './lib/security/headers';

const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
];

// With REDIS_URL every instance shares one page and data cache, tags
// included; without it each process keeps its own in memory.
const redisCacheHandler = sharedCacheHandler(env().REDIS_URL);

const nextConfig: NextConfig = {
  poweredByHeader: false,
  cacheHandler: redisCacheHandler,
  // A copy in this process's memory would miss tag expiries made elsewhere.
  ...(redisCacheHandler ? { cacheMaxMemorySize: 0 } : {}),
  experimental: {
    // Tag expiry is kept in this process only; cached pages and data must not
    // outlive it on disk, or an unpublished article could return after a restart.
    isrFlushToDisk: false,
    // Cover images up to 5 MB go through a Server Action (the default is 1 MB).
    serverActions: { bodySizeLimit: '6mb' },
  },
  serverExternalPackages: ['@node-rs/argon2'],
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      ...contentSecurityHeaders({ production: process.env.NODE_ENV === 'production' }),
      ...cacheControlRules(),
    ];
  },
  // A category's later pages keep the address `/chuyen-muc/{slug}?trang=N`
  // (the public address) but are served by the route /chuyen-muc/{slug}/trang/{N}:
  // a page that reads the query string cannot be cached whole (ISR), and only
  // a cached render keeps the 404 status with its message in the HTML
  // (components/layout/not-found-response.tsx). Any other value ('abc', '0',
  // '02', '2#') goes to page 0, a 404: one cache entry, not one per spelling.
  // An empty `?trang=` cannot be matched here (Next's `has` needs a value): page 1.
  async rewrites() {
    const trang = (value: string) => [{ type: 'query' as const, key: 'trang', value }];
    return {
      beforeFiles: [
        {
          source: '/chuyen-muc/:slug',
          has: trang('(?<trang>[1-9][0-9]{0,5})'),
          destination: '/chuyen-muc/:slug/trang/:trang',
        },
        { source: '/chuyen-muc/:slug', has: trang('.+'), destination: '/chuyen-muc/:slug/trang/0' },
        // The home page and the portal's own pages are cached whole the same
        // way (see their routes).
        { source: '/', destination: '/trang-chu/moi-nhat' },
        ...ROUTED_PAGE_SLUGS.map((slug) => ({
          source: `/${slug}`,
          destination: `/trang-thong-tin/${slug}`,
        })),
        // What the portal counts: text of the code's own (app/(public)/trang-tinh).
        { source: '/ve-thong-ke', destination: '/trang-tinh/ve-thong-ke' },
      ],
      afterFiles: [],
      fallback: [],
    };
  },
};

export default nextConfig;
