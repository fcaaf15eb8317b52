import { defineConfig } from '@playwright/test';
import baseConfig from './playwright.config';

// The real layout (scripts/two-instances-server.ts): two instances, Redis,
// nginx with deploy/nginx.conf. Run by scripts/ci/two-instances.sh.
process.env.TWO_NGINX_PORT ??= '3200';
process.env.TWO_A_PORT ??= '3201';
process.env.TWO_B_PORT ??= '3202';
process.env.TWO_REDIS_PORT ??= '3203';

export default defineConfig({
  ...baseConfig,
  testDir: 'tests/two-instances',
  timeout: 300_000,
  reporter: [['list']],
  use: { ...baseConfig.use, baseURL: `http://127.0.0.1:${process.env.TWO_NGINX_PORT}` },
  webServer: {
    command: 'node_modules/.bin/tsx --conditions=react-server scripts/two-instances-server.ts',
    url: `http://127.0.0.1:${process.env.TWO_NGINX_PORT}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
