import { run } from './run';

/** Runs the idempotent seed (prisma/seed.ts) against the given environment. */
export async function runSeed(env: NodeJS.ProcessEnv, log: (line: string) => void): Promise<void> {
  const code = await run(
    'node_modules/.bin/tsx',
    ['--conditions=react-server', 'prisma/seed.ts'],
    env,
  );
  if (code !== 0) {
    log('Seeding failed.');
    process.exit(code);
  }
}
