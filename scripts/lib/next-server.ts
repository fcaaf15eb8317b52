import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import path from 'node:path';

const NEXT_BIN = 'node_modules/next/dist/bin/next';
const SERVER = 'scripts/serve.mjs';

/**
 * V8's young generation is where a request's garbage lives. Node's default
 * (16 MB semi-spaces) lets it grow by tens of MB per process under load
 * before collecting; 4 MB keeps it small, the cost being more, shorter
 * scavenges. At thousands of requests a second what survives a scavenge
 * still piles up in the old generation, which V8 sizes from the machine's
 * memory (gigabytes here) and so collects late: the production server's is
 * capped at 192 MB, three times its live heap at rest (about 64 MB), which
 * keeps an instance (about 230 MB PSS at rest) under 300 MB at c=32
 * (npm run bench). `next dev` compiles in-process and keeps V8's default.
 */
const NODE_FLAGS = ['--max-semi-space-size=4'];
const SERVER_FLAGS = ['--max-old-space-size=192'];

export type NextServer = {
  child: ChildProcess;
  stop: (signal?: NodeJS.Signals) => void;
  /** SIGTERM, then SIGKILL after graceMs; resolves once the server has exited. */
  stopAndWait: (graceMs?: number) => Promise<void>;
};

/**
 * Starts the production server (scripts/serve.mjs), or `next dev`, as a child with the given environment,
 * in its own process group (`next dev` forks workers that must stop with it).
 * The server exits by itself when this process ends, however it ends: see
 * exit-with-parent.cjs.
 */
export function startNext(opts: {
  port: number;
  env: NodeJS.ProcessEnv;
  dev?: boolean;
  quiet?: boolean;
  /** Also append the server's output to this file (tests read it back). */
  logFile?: string;
}): NextServer {
  // Production runs scripts/serve.mjs: Next's own handler behind the page memo.
  const args = opts.dev ? [NEXT_BIN, 'dev', '-p', String(opts.port)] : [...SERVER_FLAGS, SERVER];
  const lifeline = path.resolve('scripts/lib/exit-with-parent.cjs');
  const out = opts.quiet ? 'ignore' : opts.logFile ? 'pipe' : 'inherit';
  const child = spawn(process.execPath, [...NODE_FLAGS, '--require', lifeline, ...args], {
    env: { ...opts.env, PORT: String(opts.port), NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['pipe', out, out],
    detached: true,
  });
  if (opts.logFile && !opts.quiet) {
    const file = createWriteStream(opts.logFile, { flags: 'a' });
    const tee = (to: NodeJS.WriteStream) => (chunk: Buffer) => {
      to.write(chunk);
      file.write(chunk);
    };
    child.stdout?.on('data', tee(process.stdout));
    child.stderr?.on('data', tee(process.stderr));
  }
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

/**
 * Ties this process to the server: when the server exits, `onExit` runs (say,
 * stopping the embedded database) and this process exits with its code;
 * Ctrl-C or SIGTERM stops the server first, so nothing is left running.
 */
export function exitWithServer(server: NextServer, onExit: () => Promise<void> | undefined) {
  server.child.on('exit', (code) => {
    void Promise.resolve(onExit()).finally(() => process.exit(code ?? 0));
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => void server.stopAndWait());
  }
}
