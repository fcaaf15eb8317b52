#!/usr/bin/env bash
# The real layout, in CI: two `next start` instances on one PostgreSQL and one
# Redis, nginx (Debian's package) in front with deploy/nginx.conf. Needs
# TEST_DATABASE_URL (emptied) and Redis (REDIS_URL, default 127.0.0.1:6379);
# installs nginx when missing. nginx runs as a child of the test, never as
# the system service.
set -euo pipefail
cd "$(dirname "$0")/../.."

if ! command -v nginx >/dev/null 2>&1; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o DPkg::Lock::Timeout=600 nginx >/dev/null
  # The package starts its own service on port 80; this test needs none of it.
  service nginx stop >/dev/null 2>&1 || true
fi
nginx -v

if ! redis-cli -u "${REDIS_URL:-redis://127.0.0.1:6379}" ping >/dev/null 2>&1; then
  echo "Redis does not answer at ${REDIS_URL:-redis://127.0.0.1:6379}" >&2
  exit 1
fi

exec node_modules/.bin/playwright test -c playwright.two-instances.config.ts "$@"
