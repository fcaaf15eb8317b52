import type { NextConfig } from 'next';

const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The embedded database, argon2's native binary and Prisma's generated
  // client stay outside the server bundle.
  experimental: {
    // Tag expiry is kept in this process only; cached pages and data must not
    // outlive it on disk, or an unpublished article could return after a restart.
    isrFlushToDisk: false,
    // Cover images up to 5 MB go through a Server Action (the default is 1 MB).
    serverActions: { bodySizeLimit: '6mb' },
  },
  serverExternalPackages: ['@electric-sql/pglite', '@electric-sql/pglite-socket', '@node-rs/argon2'],
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

export default nextConfig;
