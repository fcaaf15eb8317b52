import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * AUTH_SECRET when set; otherwise one generated once and kept (mode 600) in
 * the git-ignored data folder, so sessions survive restarts of one machine.
 * Several instances must share an explicit AUTH_SECRET.
 */
export function authSecret(given: string | undefined, dataRoot = '.data'): string {
  if (given) return given;
  const file = path.join(dataRoot, 'auth-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataRoot, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
