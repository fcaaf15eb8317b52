import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { db } from '../../lib/db/client';
import { resetEnvCache } from '../../lib/env';
import type { Media } from '../../lib/generated/prisma/client';
import { prepareImage, recordImage } from '../../lib/media/upload';
import { writeMediaFile } from '../../lib/media/storage';
import { gradientPng } from '../../lib/seed/png';
import { fixtureStaff } from './staff';

/** The media folder of one test file: made before its tests, removed after. */
export type MediaDir = {
  readonly root: string;
  /** Every stored file, as full paths. */
  files(): string[];
};

/**
 * Points MEDIA_DIR at a fresh temporary folder for this test file (and,
 * with `emptyEachTest`, empties it before each test), so uploads never land
 * in the working copy.
 */
export function tempMediaDir(prefix: string, { emptyEachTest = false } = {}): MediaDir {
  const dir = {
    root: '',
    files(): string[] {
      if (!existsSync(dir.root)) return [];
      return readdirSync(dir.root, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => path.join(entry.parentPath, entry.name));
    },
  };
  beforeAll(() => {
    dir.root = mkdtempSync(path.join(tmpdir(), `${prefix}-`));
    process.env.MEDIA_DIR = dir.root;
    resetEnvCache();
  });
  afterAll(() => rmSync(dir.root, { recursive: true, force: true }));
  if (emptyEachTest) beforeEach(() => rmSync(dir.root, { recursive: true, force: true }));
  return dir;
}

/**
 * An uploaded image, stored by the product's upload functions (checked,
 * re-encoded, recorded with its audit row, written under a random name) as
 * an editor's cover upload is. Needs tempMediaDir() in the test file.
 */
export async function createMedia(input: { alt?: string; caption?: string } = {}): Promise<Media> {
  if (!process.env.MEDIA_DIR) throw new Error('createMedia writes a file: call tempMediaDir()');
  const uploader = await fixtureStaff('EDITOR');
  const png = gradientPng(160, 90, [20, 60, 120], [200, 220, 240]);
  const image = await prepareImage({
    file: new File([Uint8Array.from(png)], 'anh.png'),
    alt: input.alt ?? 'Ảnh minh hoạ',
    caption: input.caption ?? 'Chú thích ảnh',
  });
  const media = await db().$transaction((tx) => recordImage(tx, uploader, image));
  await writeMediaFile(media.path, image.bytes);
  return db().media.findUniqueOrThrow({ where: { id: media.id } });
}
