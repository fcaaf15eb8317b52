import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { env, resetEnvCache } from '../../lib/env';
import { missingSecretsMessage, secretDecision, startSecrets } from '../../scripts/lib/secret';

const REAL_DB = 'postgresql://portal@db.example.invalid:5432/portal';
const KEY = Buffer.alloc(32, 7).toString('base64');
const AUTH = 'a-shared-auth-secret-of-at-least-32-chars';

describe('secretDecision', () => {
  it.each([
    ['given, embedded database', 'x', undefined, 'use'],
    ['given, real database', 'x', REAL_DB, 'use'],
    ['missing, embedded database: generated and kept in .data', undefined, undefined, 'generate'],
    ['missing, real database: the start stops', undefined, REAL_DB, 'missing'],
    ['empty counts as missing', '', REAL_DB, 'missing'],
  ] as const)('%s', (_label, given, url, decision) => {
    expect(secretDecision(given, url)).toBe(decision);
  });
});

describe('startSecrets', () => {
  it('stops a start against DATABASE_URL without AUTH_SECRET, naming the variable', () => {
    const dataRoot = mkdtempSync(path.join(tmpdir(), 'portal-secrets-'));
    expect(() =>
      startSecrets({ DATABASE_URL: REAL_DB, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: KEY }, dataRoot),
    ).toThrow(missingSecretsMessage(['AUTH_SECRET']));
    expect(() => startSecrets({ DATABASE_URL: REAL_DB, AUTH_SECRET: AUTH }, dataRoot)).toThrow(
      /^NEXT_SERVER_ACTIONS_ENCRYPTION_KEY must be set when DATABASE_URL is set/,
    );
  });

  it('uses given keys as they are with a real database', () => {
    const given = { AUTH_SECRET: AUTH, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: KEY };
    expect(startSecrets({ DATABASE_URL: REAL_DB, ...given }, '/nonexistent')).toEqual(given);
  });

  it('generates both keys once for the embedded database, private to the owner', () => {
    const dataRoot = mkdtempSync(path.join(tmpdir(), 'portal-secrets-'));
    const first = startSecrets({}, dataRoot);
    expect(startSecrets({}, dataRoot)).toEqual(first);
    expect(first.AUTH_SECRET.length).toBeGreaterThanOrEqual(32);
    expect(Buffer.from(first.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY, 'base64')).toHaveLength(32);
    const file = path.join(dataRoot, 'server-actions-key');
    expect(readFileSync(file, 'utf8').trim()).toBe(first.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });
});

describe('NEXT_SERVER_ACTIONS_ENCRYPTION_KEY in the environment', () => {
  afterEach(() => {
    delete process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY;
    resetEnvCache();
  });

  it('is accepted as base64 of an AES key and refused otherwise, naming the variable', () => {
    process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY = KEY;
    resetEnvCache();
    expect(env().NEXT_SERVER_ACTIONS_ENCRYPTION_KEY).toBe(KEY);
    for (const bad of ['short', Buffer.alloc(20).toString('base64'), `${KEY}!`]) {
      process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY = bad;
      resetEnvCache();
      expect(() => env()).toThrow(/NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: must be base64 of 16, 24/);
    }
  });
});

describe('npm start', () => {
  it('stops with DATABASE_URL set and no AUTH_SECRET, naming the variable', () => {
    const result = spawnSync(
      'node_modules/.bin/tsx',
      ['--conditions=react-server', 'scripts/start.ts'],
      {
        // Port 9 of 127.0.0.1: nothing answers, so a start that went on would fail differently.
        env: {
          PATH: process.env.PATH,
          NODE_ENV: 'production',
          DATABASE_URL: 'postgresql://portal@127.0.0.1:9/portal',
        },
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'AUTH_SECRET and NEXT_SERVER_ACTIONS_ENCRYPTION_KEY must be set',
    );
  }, 90_000);
});
