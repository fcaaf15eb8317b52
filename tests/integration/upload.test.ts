import { readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { MAX_IMAGE_BYTES } from '@/lib/media/upload';
import { gradientPng } from '@/lib/seed/png';
import { createArticle } from '@/lib/workflow/editing';
import { ForbiddenError } from '@/lib/core/errors';
import { castEachTest } from '../helpers/integration';
import { tempMediaDir } from '../helpers/media';
import { CountingFile, EXIF_SECRETS, hasGpsTag, jpegWithExif, pngBomb } from '../helpers/images';
import { articleInput, fieldErrorsOf } from '../helpers/workflow-fixtures';

// Uploading a cover with a new article: what is stored, and what is refused.
// Saves of existing revisions are in upload-rights.test.ts.

const folder = tempMediaDir('upload-test', { emptyEachTest: true });
const people = castEachTest();
const storedFiles = () => folder.files();

function cover(bytes: Uint8Array, name = 'anh.jpg', alt = 'Ảnh hội nghị') {
  return { file: new CountingFile([Uint8Array.from(bytes)], name), alt, caption: 'Ảnh: PLVN' };
}

async function createWith(bytes: Uint8Array, name?: string) {
  const created = await createArticle(people.editor, articleInput(people.categoryId), {
    cover: cover(bytes, name),
  });
  const revision = await db().articleRevision.findUniqueOrThrow({
    where: { id: created.revision.id },
    include: { coverMedia: true },
  });
  if (!revision.coverMedia) throw new Error('no cover stored');
  return revision.coverMedia;
}

async function expectNothingStored() {
  expect(await db().media.count()).toBe(0);
  expect(await db().article.count()).toBe(0);
  expect(await db().auditEvent.count({ where: { entityType: 'media' } })).toBe(0);
  expect(storedFiles()).toEqual([]);
}

describe('a cover uploaded with a new article', () => {
  it('is stored re-encoded under a random name, with its Media row and audit row', async () => {
    const png = gradientPng(64, 36, [10, 20, 30], [200, 210, 220]);
    const media = await createWith(png, '../../etc/passwd.jpg');

    expect(media).toMatchObject({ mimeType: 'image/png', width: 64, height: 36 });
    expect(media.path).toMatch(/^uploads\/\d{4}\/[0-9a-f-]{36}\.png$/);
    expect(storedFiles()).toEqual([path.join(folder.root, media.path)]);
    const stored = readFileSync(path.join(folder.root, media.path));
    expect(media.byteSize).toBe(stored.length);
    expect(await sharp(stored).metadata()).toMatchObject({ format: 'png', width: 64, height: 36 });
    const audit = await db().auditEvent.findMany({
      where: { entityType: 'media', entityId: media.id },
    });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'upload', actorId: people.editor.id });
  });

  it('loses its EXIF: no GPS position, camera serial or author reaches the public', async () => {
    const jpeg = await jpegWithExif();
    const before = await sharp(jpeg).metadata();
    expect(before.exif && hasGpsTag(before.exif)).toBe(true);
    expect(before.exif?.includes(EXIF_SECRETS.serial)).toBe(true);

    const media = await createWith(jpeg);

    const stored = readFileSync(path.join(folder.root, media.path));
    const after = await sharp(stored).metadata();
    expect(after).toMatchObject({ format: 'jpeg', width: 120, height: 80 });
    expect(after.exif).toBeUndefined();
    expect(after.xmp).toBeUndefined();
    expect(stored.includes('Exif\0\0')).toBe(false);
    expect(stored.includes(EXIF_SECRETS.serial)).toBe(false);
    expect(stored.includes('Canon')).toBe(false);
  });

  it('is scaled down to 6000 px on its longest side when larger (within 40 megapixels)', async () => {
    const wide = await sharp({
      create: { width: 7200, height: 900, channels: 3, background: '#2e86c1' },
    })
      .webp()
      .toBuffer();
    const media = await createWith(wide, 'toan-canh.webp');
    expect(media).toMatchObject({ mimeType: 'image/webp', width: 6000, height: 750 });
  });
});

describe('a cover that is refused stores nothing', () => {
  it('a decompression bomb (a PNG declaring 20000×20000) is refused quickly', async () => {
    for (const [width, height] of [
      [20_000, 20_000],
      [9_000, 9_000],
    ] as const) {
      const bomb = pngBomb(width, height);
      expect(bomb.length).toBeLessThan(MAX_IMAGE_BYTES);
      const started = performance.now();
      const errors = await fieldErrorsOf(
        createArticle(people.editor, articleInput(people.categoryId), { cover: cover(bomb) }),
      );
      // Decoding 400 megapixels would take seconds and gigabytes; the header alone suffices.
      expect(performance.now() - started).toBeLessThan(10_000);
      expect(errors.cover?.[0]).toMatch(/quá lớn.*40 triệu điểm ảnh/);
    }
    await expectNothingStored();
  });

  it('a script renamed .png is refused, whatever the browser claimed', async () => {
    const file = new File(['<script>alert(1)</script>'], 'anh.png', { type: 'image/png' });
    const errors = await fieldErrorsOf(
      createArticle(people.editor, articleInput(people.categoryId), {
        cover: { file, alt: 'Ảnh' },
      }),
    );
    expect(errors.cover?.[0]).toMatch(/JPEG, PNG hay WebP/);
    await expectNothingStored();
  });

  it('a PNG whose header is right but whose data is corrupt is refused as undecodable', async () => {
    const png = Buffer.from(gradientPng(64, 36, [0, 0, 0], [255, 255, 255]));
    const broken = Buffer.concat([png.subarray(0, 41), Buffer.alloc(200, 0x5a)]);
    const errors = await fieldErrorsOf(
      createArticle(people.editor, articleInput(people.categoryId), { cover: cover(broken) }),
    );
    expect(errors.cover?.[0]).toMatch(/Không đọc được ảnh/);
    await expectNothingStored();
  });

  it('a file over 5 MB and a missing alt text are both named', async () => {
    const big = new Uint8Array(MAX_IMAGE_BYTES + 1);
    big.set(gradientPng(2, 2, [0, 0, 0], [1, 1, 1]));
    const errors = await fieldErrorsOf(
      createArticle(people.approver, articleInput(people.categoryId), {
        cover: cover(big, 'x.png', '  '),
      }),
    );
    expect(errors.cover?.[0]).toMatch(/5 MB/);
    expect(errors.coverAlt?.[0]).toMatch(/mô tả ảnh/i);
    await expectNothingStored();
  });

  it('an admin, who does not write articles, is refused before the file is read', async () => {
    const upload = cover(gradientPng(2, 2, [0, 0, 0], [1, 1, 1]));
    await expect(
      createArticle(people.admin, articleInput(people.categoryId), { cover: upload }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect(upload.file.reads).toBe(0);
    await expectNothingStored();
  });
});
