import { getActor } from '@/lib/auth/session';
import { findServedMedia, type ServedMedia } from '@/lib/media/access';
import { readMediaFile } from '@/lib/media/storage';

function notFound(): Response {
  return new Response('Không tìm thấy tệp.', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}

/**
 * Published images may be stored by browsers and proxies, but must be
 * revalidated on every use (`no-cache` with an ETag: a 304 without the bytes
 * when nothing changed): a take-down then reaches every cache at once, as it
 * reaches the pages, instead of after some max-age. Nothing here is
 * `immutable`, since any image can be withdrawn. Images only staff may see
 * are never stored anywhere.
 */
function cacheHeaders(media: ServedMedia): Record<string, string> {
  return media.audience === 'public'
    ? { 'Cache-Control': 'public, no-cache', ETag: media.etag }
    : { 'Cache-Control': 'private, no-store' };
}

function matches(ifNoneMatch: string | null, etag: string): boolean {
  return (ifNoneMatch ?? '').split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/**
 * Serves a file from MEDIA_DIR, but only one recorded as a Media row and
 * only to whom lib/media/access.ts allows (the public: images of published
 * articles; staff: any). The row's mimeType is the Content-Type (never
 * sniffed from the bytes or the name), and the path is checked against
 * traversal before any disk access.
 */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ path: string[] }> },
): Promise<Response> {
  const media = await findServedMedia((await params).path.join('/'), getActor);
  if (!media) return notFound();
  const headers = cacheHeaders(media);
  if (media.audience === 'public' && matches(request.headers.get('if-none-match'), media.etag)) {
    return new Response(null, { status: 304, headers });
  }
  const bytes = await readMediaFile(media.path);
  if (!bytes) return notFound();
  return new Response(new Uint8Array(bytes), {
    headers: {
      ...headers,
      'Content-Type': media.mimeType,
      'Content-Length': String(bytes.length),
      'X-Content-Type-Options': 'nosniff',
      // Even a file that is not an image can run no script from this origin.
      'Content-Security-Policy': "default-src 'none'; sandbox",
    },
  });
}
