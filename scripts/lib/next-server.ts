import { type ChildProcess, spawn } from 'node:child_process';

export type NextServer = {
  child: ChildProcess;
  stop: (signal?: NodeJS.Signals) => void;
  /** SIGTERM, then SIGKILL after graceMs; resolves once the server has exited. */
  stopAndWait: (graceMs?: number) => Promise<void>;
};

/**
 * Starts `next start` (or `next dev`) as a child with the given environment,
 * in its own process group: the Next CLI forks the actual server, and
 * signalling only the CLI would leave that server orphaned on its port.
 */
export function startNext(opts: {
  port: number;
  env: NodeJS.ProcessEnv;
  dev?: boolean;
  quiet?: boolean;
}): NextServer {
  const args = [opts.dev ? 'dev' : 'start', '-p', String(opts.port)];
  const child = spawn('node_modules/.bin/next', args, {
    env: { ...opts.env, PORT: String(opts.port) },
    stdio: opts.quiet ? 'ignore' : 'inherit',
    detached: true,
  });
  const stop = (signal: NodeJS.Signals = 'SIGTERM') => {
    if (child.pid === undefined || child.exitCode !== null) return;
    try {
      process.kill(-child.pid, signal);
    } catch {
      // the group is already gone
    }
  };
  const stopAndWait = (graceMs = 10_000) =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const timer = setTimeout(() => stop('SIGKILL'), graceMs);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      stop('SIGTERM');
    });
  // Whatever ends this process, the server goes with it.
  process.on('exit', () => stop('SIGKILL'));
  return { child, stop, stopAndWait };
}

/** Resolves once GET url answers 200, or rejects after timeoutMs. */
export async function waitForHttp(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs} ms`);
}
