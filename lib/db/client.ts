import { PrismaPg } from '@prisma/adapter-pg';
import { env } from '../env';
import { PrismaClient } from '../generated/prisma/client';

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function createClient(): PrismaClient {
  const url = env().DATABASE_URL;
  if (!url) {
    throw new Error(
      'DATABASE_URL is not set. Start the portal with `npm start`, which provides the embedded database.',
    );
  }
  // A database that does not answer fails the request after 5 s instead of
  // holding it (and a graceful shutdown) forever.
  const adapter = new PrismaPg({ connectionString: url, max: 10, connectionTimeoutMillis: 5_000 });
  return new PrismaClient({
    adapter,
    // Under a burst (a decree, a press conference) a transaction may queue
    // for one of the pool's connections longer than Prisma's default 2 s;
    // an editor's save should wait its turn rather than fail.
    transactionOptions: { maxWait: 10_000, timeout: 20_000 },
    // Secret columns never leave the data layer unless asked for by name.
    omit: { user: { passwordHash: true } },
  });
}

/** The one Prisma client of this process (kept on globalThis across hot reloads). */
export function db(): PrismaClient {
  globalForPrisma.prisma ??= createClient();
  return globalForPrisma.prisma;
}
