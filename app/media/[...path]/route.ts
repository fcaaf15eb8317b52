import { getActor } from '@/lib/auth/session';
import { findServedDossierFile } from '@/lib/consultations/dossier-access';
import { findServedMedia } from '@/lib/media/access';
import { readMediaFile } from '@/lib/media/storage';

/** An image, or a consultation's dossier file (saved under its own name, never shown inline). */
type ServedFile = {
  path: string;
  mimeType: string;
  audience: 'public' | 'staff';
  etag: string;
  fileName?: string;
};

/** RFC 6266: an ASCII fallback name and the UTF-8 one (Vietnamese names keep their diacritics). */
function attachment(fileName: string): string {
  const ascii = fileName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

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
function cacheHeaders(media: ServedFile): Record<string, string> {
  return media.audience === 'public'
    ? { 'Cache-Control': 'public, no-cache', ETag: media.etag }
    : { 'Cache-Control': 'private, no-store' };
}

function matches(ifNoneMatch: string | null, etag: string): boolean {
  return (ifNoneMatch ?? '').split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/**
 * Serves a file from MEDIA_DIR, but only one recorded as a Media row or a
 * dossier file and only to whom lib/media/access.ts and
 * lib/consultations/dossier-access.ts allow (the public: images of published
 * articles, the dossier of a published consultation's live version; staff:
 * any). The row's mimeType is the Content-Type (never
 * sniffed from the bytes or the name), and the path is checked against
 * traversal before any disk access.
 */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ path: string[] }> },
): Promise<Response> {
  const relPath = (await params).path.join('/');
  const media: ServedFile | null =
    (await findServedMedia(relPath, getActor)) ?? (await findServedDossierFile(relPath, getActor));
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
      ...(media.fileName ? { 'Content-Disposition': attachment(media.fileName) } : {}),
      // Even a file that is not an image can run no script from this origin.
      'Content-Security-Policy': "default-src 'none'; sandbox",
    },
  });
}
