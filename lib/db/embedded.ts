import { mkdir } from 'node:fs/promises';
import net from 'node:net';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export type EmbeddedDb = { url: string; stop: () => Promise<void> };

/**
 * Serves an embedded PostgreSQL (PGlite) over the wire protocol on 127.0.0.1,
 * so the app, Prisma and the tests talk to it exactly as to a real server.
 * `dataDir` undefined keeps the database in memory.
 */
export async function startEmbeddedDb(dataDir?: string, port?: number): Promise<EmbeddedDb> {
  if (dataDir) await mkdir(dataDir, { recursive: true });
  const db = await PGlite.create({ dataDir, extensions: { unaccent, pg_trgm } });
  const listenPort = port ?? (await freePort());
  const server = new PGLiteSocketServer({
    db,
    port: listenPort,
    host: '127.0.0.1',
    maxConnections: 100,
  });
  await server.start();
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${listenPort}/postgres?sslmode=disable`,
    stop: async () => {
      await server.stop();
      await db.close();
    },
  };
}

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
