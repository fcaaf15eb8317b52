#!/usr/bin/env bash
# The real layout, in CI: two `next start` instances on one PostgreSQL and one
# Redis, nginx (Debian's package) in front with deploy/nginx.conf. Needs
# TEST_DATABASE_URL (emptied); installs nginx and redis-server when missing.
# nginx and Redis run as the test's own processes on ports of their own
# (TWO_*_PORT), never as the system services.
set -euo pipefail
cd "$(dirname "$0")/../.."

missing=()
command -v nginx >/dev/null 2>&1 || missing+=(nginx)
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o DPkg::Lock::Timeout=600 "${missing[@]}" >/dev/null
  # The package may start its own service on port 80: this test needs none of it.
  service nginx stop >/dev/null 2>&1 || true
fi
nginx -v
redis-server --version

exec node_modules/.bin/playwright test -c playwright.two-instances.config.ts "$@"
