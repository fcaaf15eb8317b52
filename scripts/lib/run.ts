import { spawn } from 'node:child_process';

/**
 * Runs a command to completion without blocking this process's event loop,
 * so signals (Ctrl-C during a long build) are still handled meanwhile.
 */
export function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', env });
    child.on('error', reject);
    child.on('exit', (code) => resolve(code ?? 1));
  });
}
