import 'server-only';
import { mediaUrl } from '../articles/dto';
import { published, publishedEvent } from '../core/published';
import type { Actor } from '../core/actor';
import { db } from '../db/client';
import { safeMediaPath } from './storage';

/** A stored file the viewer may see, and how it may be cached. */
export type ServedMedia = {
  path: string;
  mimeType: string;
  /** 'public' while a published article shows it; 'staff' otherwise (never cached). */
  audience: 'public' | 'staff';
  /** Stable for the bytes: a stored path never gets other bytes. */
  etag: string;
};

/**
 * Whether a media file is public: the live revision of an article that
 * published() lets the public see shows it, as its cover or as a photo in
 * its body (a Markdown image pointing at it), the same rule as every public
 * page. An image attached only to drafts, submitted, scheduled, superseded
 * or taken-down revisions is not, so it leaves the public the moment its
 * article does. A stored path ends in a random name, so finding its URL in
 * a body, followed by the end of the Markdown image or its title, cannot
 * match another file.
 */
export async function isPublicMedia(
  media: { id: string; path: string },
  now: Date = new Date(),
): Promise<boolean> {
  const url = mediaUrl(media.path);
  const live = await db().articleRevision.findFirst({
    where: {
      liveOf: { is: published(now) },
      OR: [
        { coverMediaId: media.id },
        { body: { contains: `(${url})` } },
        { body: { contains: `(${url} ` } },
      ],
    },
    select: { id: true },
  });
  if (live) return true;
  // A photo of a published event's live revision is public the same way.
  const photo = await db().eventPhoto.findFirst({
    where: { mediaId: media.id, revision: { liveOf: { is: publishedEvent(now) } } },
    select: { mediaId: true },
  });
  return photo !== null;
}

/**
 * The media file at `relPath` as `viewer` may receive it, or null (answer
 * 404, the same as a missing file, so the public learns nothing about
 * unpublished images). Staff (any signed-in actor, who may view every
 * revision) also get files that are not public. The viewer is only looked
 * up when the file is not public, so public images cost no session check.
 */
export async function findServedMedia(
  relPath: string,
  viewer: () => Promise<Actor | null>,
  now: Date = new Date(),
): Promise<ServedMedia | null> {
  const path = safeMediaPath(relPath);
  if (!path) return null;
  const media = await db().media.findUnique({
    where: { path },
    select: { id: true, mimeType: true, byteSize: true },
  });
  if (!media) return null;
  const etag = `"${media.id}-${media.byteSize}"`;
  const base = { path, mimeType: media.mimeType, etag };
  if (await isPublicMedia({ id: media.id, path }, now)) return { ...base, audience: 'public' };
  return (await viewer()) ? { ...base, audience: 'staff' } : null;
}
