import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The keys every instance of one portal must share. Generated and kept in the
 * git-ignored data folder only for the embedded database (one machine, one
 * instance); with DATABASE_URL, other instances may share the database, so
 * each key must be given explicitly or the start stops.
 */
const SECRETS = {
  // Signs and encrypts the session cookie.
  AUTH_SECRET: { file: 'auth-secret', generate: () => randomBytes(32).toString('base64url') },
  // Next.js encrypts Server Action closures with it, and derives action ids
  // from it; read at build and at start. An AES key: base64 of 32 bytes.
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: {
    file: 'server-actions-key',
    generate: () => randomBytes(32).toString('base64'),
  },
} as const;

export type SecretName = keyof typeof SECRETS;
export type StartSecrets = Record<SecretName, string>;

/** What `npm start` does about one key: use the given value, generate one, or refuse to start. */
export function secretDecision(
  given: string | undefined,
  databaseUrl: string | undefined,
): 'use' | 'generate' | 'missing' {
  if (given) return 'use';
  return databaseUrl ? 'missing' : 'generate';
}

/** The message that stops the start, naming each missing variable. */
export function missingSecretsMessage(names: readonly SecretName[]): string {
  const list = names.join(' and ');
  return (
    `${list} must be set when DATABASE_URL is set: every instance using that database must ` +
    `share the same ${names.length > 1 ? 'values' : 'value'}. Generate with ` +
    '`openssl rand -base64 32` and set it in the environment of the build and of every instance. ' +
    '(Only the embedded database, with no DATABASE_URL, generates its own into .data/.)'
  );
}

/**
 * The keys for `npm start`: given, or for the embedded database read from
 * (or generated into, mode 600) `dataRoot`. Throws, naming the variables,
 * when DATABASE_URL is set and any key is missing.
 */
export function startSecrets(
  config: { DATABASE_URL?: string } & Partial<StartSecrets>,
  dataRoot = '.data',
): StartSecrets {
  const names = Object.keys(SECRETS) as SecretName[];
  const missing = names.filter((n) => secretDecision(config[n], config.DATABASE_URL) === 'missing');
  if (missing.length > 0) throw new Error(missingSecretsMessage(missing));
  const entries = names.map((n) => [n, config[n] ?? storedSecret(n, dataRoot)] as const);
  return Object.fromEntries(entries) as StartSecrets;
}

function storedSecret(name: SecretName, dataRoot: string): string {
  const file = path.join(dataRoot, SECRETS[name].file);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataRoot, { recursive: true });
  const secret = SECRETS[name].generate();
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/**
 * AUTH_SECRET when set, else the stored one (generated once). For the test
 * harness, whose databases are made for one run; `npm start` uses startSecrets.
 */
export function authSecret(given: string | undefined, dataRoot = '.data'): string {
  return given ?? storedSecret('AUTH_SECRET', dataRoot);
}
