import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { run } from './run';

const SOURCES = [
  'app',
  'components',
  'lib',
  'public',
  'prisma/schema.prisma',
  'next.config.ts',
  'package-lock.json',
  'proxy.ts',
  'instrumentation.ts',
  'postcss.config.mjs',
  'tsconfig.json',
];

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(target)) {
    if (entry === 'generated') continue; // regenerated on every install
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

/** True when there is no production build or a source file is newer than it. */
export function buildIsStale(): boolean {
  const buildId = '.next/BUILD_ID';
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  return SOURCES.some((source) => newestMtime(source) > built);
}

/** Runs `next build` when needed; exits the process when the build fails. */
export async function ensureBuild(
  env: NodeJS.ProcessEnv,
  log: (line: string) => void,
): Promise<void> {
  if (!buildIsStale()) {
    log('Production build is up to date.');
    return;
  }
  log('Building the portal (next build)…');
  const code = await run('node_modules/.bin/next', ['build'], {
    ...env,
    NEXT_TELEMETRY_DISABLED: '1',
  });
  if (code !== 0) {
    log('next build failed.');
    process.exit(code);
  }
}
