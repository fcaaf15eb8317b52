#!/bin/sh
# Stand-in for Prisma's native schema engine, which cannot be downloaded here.
# `prisma generate` never runs it; anything that does must fail loudly.
echo "schema engine unavailable offline: use npm run db:migrate / db:diff" >&2
exit 1
