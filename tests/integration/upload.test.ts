import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db/client';
import { resetEnvCache } from '@/lib/env';
import type { Role } from '@/lib/generated/prisma/enums';
import { MAX_IMAGE_BYTES, uploadImage } from '@/lib/media/upload';
import { ForbiddenError, ValidationError } from '@/lib/workflow/errors';
import { gradientPng } from '@/lib/seed/png';
import { resetDatabase } from '../helpers/db';

let mediaDir: string;

async function makeActor(role: Role): Promise<Actor> {
  const user = await db().user.create({
    data: { email: `${role.toLowerCase()}@upload.test`, name: role, role, passwordHash: 'x' },
  });
  return { id: user.id, email: user.email, name: user.name, role, ip: '203.0.113.9' };
}

function storedFiles(): string[] {
  if (!existsSync(mediaDir)) return [];
  return readdirSync(mediaDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

async function refusal(promise: Promise<unknown>): Promise<Record<string, string[]>> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).fieldErrors;
}

beforeAll(() => {
  mediaDir = mkdtempSync(path.join(tmpdir(), 'upload-test-'));
  process.env.MEDIA_DIR = mediaDir;
  resetEnvCache();
});

afterAll(() => rmSync(mediaDir, { recursive: true, force: true }));

beforeEach(async () => {
  await resetDatabase();
  rmSync(mediaDir, { recursive: true, force: true });
});

describe('uploadImage', () => {
  it('stores a PNG under a random name, with its size, a Media row and an audit row', async () => {
    const editor = await makeActor('EDITOR');
    const png = gradientPng(64, 36, [10, 20, 30], [200, 210, 220]);
    const file = new File([Uint8Array.from(png)], '../../etc/passwd.jpg', { type: 'image/jpeg' });

    const image = await uploadImage(editor, {
      file,
      alt: ' Hội nghị truyền thông ',
      caption: 'Ảnh: PLVN',
    });

    expect(image).toMatchObject({
      mimeType: 'image/png',
      width: 64,
      height: 36,
      alt: 'Hội nghị truyền thông',
    });
    expect(image.path).toMatch(/^uploads\/\d{4}\/[0-9a-f-]{36}\.png$/);
    expect(image.path).not.toContain('passwd');
    const files = storedFiles();
    expect(files).toEqual([path.join(mediaDir, image.path)]);
    expect(readFileSync(files[0] ?? '').equals(png)).toBe(true);
    const row = await db().media.findUniqueOrThrow({ where: { id: image.id } });
    expect(row).toMatchObject({
      byteSize: png.length,
      caption: 'Ảnh: PLVN',
      uploadedById: editor.id,
    });
    const audit = await db().auditEvent.findMany({
      where: { entityType: 'media', entityId: image.id },
    });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'upload', actorId: editor.id, ip: '203.0.113.9' });
  });

  it('refuses a script renamed .png, whatever MIME type the browser claimed', async () => {
    const editor = await makeActor('EDITOR');
    const file = new File(['<script>alert(1)</script>'], 'anh.png', { type: 'image/png' });
    const errors = await refusal(uploadImage(editor, { file, alt: 'Ảnh' }));
    expect(errors.cover?.[0]).toMatch(/JPEG, PNG hay WebP/);
    expect(await db().media.count()).toBe(0);
    expect(storedFiles()).toEqual([]);
  });

  it('refuses an image over 5 MB and one without alt text, naming both fields', async () => {
    const editor = await makeActor('APPROVER');
    const big = new Uint8Array(MAX_IMAGE_BYTES + 1);
    big.set(gradientPng(2, 2, [0, 0, 0], [1, 1, 1]));
    const errors = await refusal(
      uploadImage(editor, { file: new File([big], 'x.png'), alt: '  ' }),
    );
    expect(errors.cover?.[0]).toMatch(/5 MB/);
    expect(errors.coverAlt?.[0]).toMatch(/mô tả ảnh/i);
    expect(await db().media.count()).toBe(0);
    expect(await db().auditEvent.count()).toBe(0);
  });

  it('refuses an admin, who does not write articles', async () => {
    const admin = await makeActor('ADMIN');
    const file = new File([Uint8Array.from(gradientPng(2, 2, [0, 0, 0], [1, 1, 1]))], 'x.png');
    await expect(uploadImage(admin, { file, alt: 'Ảnh' })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db().media.count()).toBe(0);
  });
});
