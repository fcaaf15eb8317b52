import { db } from '@/lib/db/client';
import { readMediaFile, safeMediaPath } from '@/lib/media/storage';

// A stored name ending in a content hash or a random UUID ('…-3f9a0c1b2d4e.png')
// is never reused for other bytes, so browsers and proxies may keep it a year.
const HASHED_NAME = /-[0-9a-f]{12,64}\.[a-z0-9]+$/;

function notFound(): Response {
  return new Response('Không tìm thấy tệp.', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}

/**
 * Serves a file from MEDIA_DIR, but only one recorded as a Media row: the
 * row's mimeType is the Content-Type (never sniffed from the bytes or the
 * name), and the path is checked against traversal before any disk access.
 */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ path: string[] }> },
): Promise<Response> {
  const relPath = safeMediaPath((await params).path.join('/'));
  if (!relPath) return notFound();
  const media = await db().media.findUnique({
    where: { path: relPath },
    select: { mimeType: true },
  });
  if (!media) return notFound();
  const bytes = await readMediaFile(relPath);
  if (!bytes) return notFound();
  return new Response(new Uint8Array(bytes), {
    headers: {
      'Content-Type': media.mimeType,
      'Content-Length': String(bytes.length),
      'X-Content-Type-Options': 'nosniff',
      // Even a file that is not an image can run no script from this origin.
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'Cache-Control': HASHED_NAME.test(relPath)
        ? 'public, max-age=31536000, immutable'
        : 'public, max-age=300',
    },
  });
}
