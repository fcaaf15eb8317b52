import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { resetEnvCache } from '@/lib/env';

/** Points MEDIA_DIR at a temporary folder for the test file, removed afterwards. */
export function withTempMediaDir(prefix: string): void {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), prefix));
    process.env.MEDIA_DIR = dir;
    resetEnvCache();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
}
