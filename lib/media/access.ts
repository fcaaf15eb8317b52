import 'server-only';
import { published } from '../articles/published';
import type { Actor } from '../auth/actor';
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
 * Whether a media file is public: it is the cover of the live revision of
 * an article that published() lets the public see, the same rule as every
 * public page. An image attached only to drafts, submitted, scheduled,
 * superseded or taken-down revisions is not, so it leaves the public the
 * moment its article does.
 */
export async function isPublicMedia(mediaId: string, now: Date = new Date()): Promise<boolean> {
  const live = await db().articleRevision.findFirst({
    where: { coverMediaId: mediaId, liveOf: { is: published(now) } },
    select: { id: true },
  });
  return live !== null;
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
  if (await isPublicMedia(media.id, now)) return { ...base, audience: 'public' };
  return (await viewer()) ? { ...base, audience: 'staff' } : null;
}
