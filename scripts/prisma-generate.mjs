// Generates the Prisma client offline. Prisma 7's CLI wants its native schema
// engine before `generate` even though generate never runs it, and the engine
// cannot be downloaded behind a proxy that only reaches the npm registry: point it at a stand-in that fails
// loudly if anything ever does run it.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const stub = path.resolve('scripts/no-schema-engine.sh');
const result = spawnSync('npx', ['prisma', 'generate'], {
  stdio: 'inherit',
  env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: stub, PRISMA_HIDE_UPDATE_MESSAGE: '1' },
});
process.exit(result.status ?? 1);
