import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';

/**
 * A Redis of a test's own on 127.0.0.1:`port`, append-only in `dir` so what
 * it held survives a stop: a test can take it away and bring it back.
 */
export async function startRedis(port: number, dir: string): Promise<void> {
  const args = [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--dir',
    dir,
    '--save',
    '',
    '--appendonly',
    'yes',
    '--appendfsync',
    'always',
    '--daemonize',
    'yes',
  ];
  await promisify(execFile)('redis-server', args);
  const deadline = Date.now() + 10_000;
  while (!(await pingRedis(port))) {
    if (Date.now() > deadline) throw new Error(`redis-server did not start on ${port}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function pingRedis(port: number): Promise<boolean> {
  try {
    const { stdout } = await promisify(execFile)('redis-cli', ['-p', String(port), 'ping']);
    return stdout.trim() === 'PONG';
  } catch {
    return false;
  }
}

/** Stops the Redis on `port`, if any (it was started by startRedis). */
export async function stopRedis(port: number): Promise<void> {
  await new Promise<void>((resolve) => {
    spawn('redis-cli', ['-p', String(port), 'shutdown', 'nosave'], { stdio: 'ignore' }).on(
      'exit',
      () => resolve(),
    );
  });
}
