import { spawnSync } from 'node:child_process';

/** Runs the idempotent seed (prisma/seed.ts) against the given environment. */
export function runSeed(env: NodeJS.ProcessEnv, log: (line: string) => void): void {
  const result = spawnSync(
    'node_modules/.bin/tsx',
    ['--conditions=react-server', 'prisma/seed.ts'],
    { stdio: 'inherit', env },
  );
  if (result.status !== 0) {
    log('Seeding failed.');
    process.exit(result.status ?? 1);
  }
}
