import { z } from 'zod';

/** True for base64 (standard alphabet) of an AES-128, -192 or -256 key, as Next.js requires. */
function isAesKey(value: string): boolean {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return false;
  return [16, 24, 32].includes(Buffer.from(value, 'base64').length);
}

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
  // Next.js's key for Server Action closures, shared by every instance.
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: z
    .string()
    .refine(isAesKey, 'must be base64 of 16, 24 or 32 bytes (`openssl rand -base64 32`)')
    .optional(),
  // Where the embedded PostgreSQL keeps its cluster and password (git-ignored).
  EMBEDDED_DB_DIR: z.string().default('.data/postgres'),
  // Uploaded images live here, outside the build output.
  MEDIA_DIR: z.string().default('.data/media'),
  // Create the demo accounts. Always on for the embedded
  // database; off against a real server unless asked for.
  SEED_DEMO_ACCOUNTS: z
    .enum(['true', 'false', '1', '0'])
    .optional()
    .transform((v) => v === 'true' || v === '1'),
  PUBLIC_URL: z.string().url().optional(),
  // Shared page and data cache for several instances (lib/cache/redis-handler.mjs,
  // which Next loads outside this module and reads the same two variables).
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL')
    .optional(),
  REDIS_KEY_PREFIX: z.string().min(1).optional(),
  // Email to staff on submit, reject and publish (lib/notify); none when unset.
  // smtp://user:pass@host:587 (STARTTLS when offered) or smtps://…:465.
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^/]/, 'must be an smtp:// or smtps:// URL')
    .optional(),
  SMTP_FROM: z.string().min(3).default('Cổng Truyền thông Chính sách <no-reply@localhost>'),
  // Readers' feedback: days its email and keyed hashes are kept (lib/feedback/retention.ts).
  FEEDBACK_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(365),
  // Feedback accepted from one network address per 10 minutes before only
  // senders with an already confirmed email get through (lib/feedback/limits.ts).
  FEEDBACK_ADDRESS_LIMIT: z.coerce.number().int().min(1).default(60),
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
