import { defineConfig } from 'prisma/config';

// Prisma 7 reads the connection URL here, not from schema.prisma. Only the
// CLI uses this file; the app builds its client in lib/db.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost:5432/unused' },
});
