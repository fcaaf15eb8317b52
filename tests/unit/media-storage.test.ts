import { mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readMediaFile, safeMediaPath, writeMediaFile } from '../../lib/media/storage';

describe('safeMediaPath', () => {
  it('accepts plain relative paths', () => {
    expect(safeMediaPath('seed/anh-1-0a1b2c3d4e5f.png')).toBe('seed/anh-1-0a1b2c3d4e5f.png');
    expect(safeMediaPath('2024/04/photo.JPG')).toBe('2024/04/photo.JPG');
  });

  it.each([
    '../secret.txt',
    'seed/../../etc/passwd',
    '/etc/passwd',
    '..',
    '.env',
    'seed/.hidden',
    'seed//x.png',
    'seed\\..\\x.png',
    'seed/%2e%2e/x.png',
    'seed/x.png\u0000.jpg',
    '',
  ])('refuses %j', (input) => {
    expect(safeMediaPath(input)).toBeNull();
  });
});

describe('media files', () => {
  let root: string;
  let outside: string;

  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'media-root-'));
    outside = await mkdtemp(path.join(os.tmpdir(), 'media-outside-'));
    await writeFile(path.join(outside, 'secret.txt'), 'secret');
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
    await rm(outside, { recursive: true, force: true });
  });

  it('writes under the root, creating folders, and reads it back', async () => {
    await writeMediaFile('seed/a/b.png', Buffer.from('png bytes'), root);
    expect(await readFile(path.join(root, 'seed/a/b.png'), 'utf8')).toBe('png bytes');
    expect((await readMediaFile('seed/a/b.png', root))?.toString()).toBe('png bytes');
  });

  it('refuses to write outside the root', async () => {
    await expect(writeMediaFile('../escape.png', Buffer.from('x'), root)).rejects.toThrow();
  });

  it('reads null for a missing file, a folder or a traversal attempt', async () => {
    expect(await readMediaFile('seed/none.png', root)).toBeNull();
    expect(await readMediaFile('seed/a', root)).toBeNull();
    expect(await readMediaFile('../secret.txt', root)).toBeNull();
  });

  it('does not follow a symlink that leads outside the root', async () => {
    await symlink(path.join(outside, 'secret.txt'), path.join(root, 'link.txt'));
    expect(await readMediaFile('link.txt', root)).toBeNull();
  });
});
