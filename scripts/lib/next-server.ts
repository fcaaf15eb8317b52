import { type ChildProcess, spawn } from 'node:child_process';

/** Starts `next start` (or `next dev`) as a child with the given environment. */
export function startNext(opts: {
  port: number;
  env: NodeJS.ProcessEnv;
  dev?: boolean;
  quiet?: boolean;
}): ChildProcess {
  const args = [opts.dev ? 'dev' : 'start', '-p', String(opts.port)];
  return spawn('node_modules/.bin/next', args, {
    env: { ...opts.env, PORT: String(opts.port) },
    stdio: opts.quiet ? 'ignore' : 'inherit',
  });
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
