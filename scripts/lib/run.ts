import { spawn } from 'node:child_process';

/**
 * Runs a command to completion without blocking this process's event loop:
 * the embedded database is served from this process, so a child that talks
 * to it (the seed, the build) would deadlock under spawnSync.
 */
export function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', env });
    child.on('error', reject);
    child.on('exit', (code) => resolve(code ?? 1));
  });
}
