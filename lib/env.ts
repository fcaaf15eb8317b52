import { z } from 'zod';

/**
 * The only reader of process.env. Validated once, at first use, so a bad
 * setting stops the server at start with a message that names it.
 */
const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgresql:// URL')
    .optional(),
  TEST_DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgresql:// URL')
    .optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  AUTH_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  // Where the embedded database keeps its files (git-ignored).
  EMBEDDED_DB_DIR: z.string().default('.data/pglite'),
  // Uploaded images live here, outside the build output.
  MEDIA_DIR: z.string().default('.data/media'),
  // Create the demo accounts of CONTRACT.md. Always on for the embedded
  // database; off against a real server unless asked for.
  SEED_DEMO_ACCOUNTS: z
    .enum(['true', 'false', '1', '0'])
    .optional()
    .transform((v) => v === 'true' || v === '1'),
  // Shared secret for the in-process scheduler calling its own route.
  INTERNAL_TOKEN: z.string().min(16).optional(),
  PUBLIC_URL: z.string().url().optional(),
  // Shared page and data cache for several instances (lib/cache/redis-handler.mjs,
  // which Next loads outside this module and reads the same two variables).
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL')
    .optional(),
  REDIS_KEY_PREFIX: z.string().min(1).optional(),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

/** Validated environment; throws a readable error listing every bad variable. */
export function env(): Env {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment configuration:\n${lines.join('\n')}`);
  }
  cached = parsed.data;
  return cached;
}

/** For tests and scripts that change the environment after first use. */
export function resetEnvCache(): void {
  cached = undefined;
}
