import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { GET } from '../../app/media/[...path]/route';
import { createCategory, createPublishedArticle } from '../helpers/fixtures';
import { resetDatabase } from '../helpers/integration';
import { createMedia, tempMediaDir } from '../helpers/media';

function get(relPath: string, headers: Record<string, string> = {}): Promise<Response> {
  const segments = relPath.split('/');
  return GET(new Request(`http://portal.test/media/${relPath}`, { headers }), {
    params: Promise.resolve({ path: segments }),
  });
}

describe('/media/[...path]', () => {
  const dir = tempMediaDir('media-route');
  let mediaDir: string;
  let coverPath: string;

  beforeAll(async () => {
    await resetDatabase();
    mediaDir = dir.root;
    // A published article's cover, uploaded as an editor would.
    const cover = await createMedia();
    coverPath = cover.path;
    await createPublishedArticle({ category: await createCategory(), cover });
    await mkdir(path.join(mediaDir, 'seed'), { recursive: true });
  });

  it('serves a published cover with its recorded type and nosniff, revalidated on every use', async () => {
    const response = await get(coverPath);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    // Any image can be withdrawn: caches may keep it but must ask again each time.
    expect(response.headers.get('cache-control')).toBe('public, no-cache');
    expect(response.headers.get('cache-control')).not.toMatch(/immutable|max-age/);
    const body = Buffer.from(await response.arrayBuffer());
    expect(body.equals(await readFile(path.join(mediaDir, coverPath)))).toBe(true);
  });

  it('answers a revalidation with 304 and no body while the cover stays published', async () => {
    const etag = (await get(coverPath)).headers.get('etag');
    expect(etag).toMatch(/^".+"$/);
    const again = await get(coverPath, { 'If-None-Match': etag ?? '' });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    expect(await again.text()).toBe('');
    expect((await get(coverPath, { 'If-None-Match': '"khac"' })).status).toBe(200);
  });

  it('answers 404 for a path with no Media row, even when the file exists', async () => {
    await writeFile(path.join(mediaDir, 'seed', 'stray.png'), 'not recorded');
    expect((await get('seed/stray.png')).status).toBe(404);
    expect((await get('seed/unknown-0123456789ab.png')).status).toBe(404);
  });

  it('answers 404 for traversal attempts without touching the disk outside', async () => {
    expect((await get('../package.json')).status).toBe(404);
    expect((await get('seed/../../package.json')).status).toBe(404);
    expect((await get('.env')).status).toBe(404);
  });

  it('answers 404 when the row exists but the file is gone', async () => {
    await rm(path.join(mediaDir, coverPath));
    expect((await get(coverPath)).status).toBe(404);
  });
});
