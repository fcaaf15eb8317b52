import 'server-only';
import type { Actor } from '../core/actor';
import { db } from '../db/client';
import { safeMediaPath } from '../media/storage';
import { publishedConsultation } from './published';

/** A stored dossier file as the viewer may receive it. */
export type ServedDossierFile = {
  path: string;
  mimeType: string;
  fileName: string;
  /** 'public' while a published consultation's live version lists it; 'staff' otherwise. */
  audience: 'public' | 'staff';
  etag: string;
};

/**
 * The dossier file stored at `relPath` as `viewer` may receive it, or null
 * (a 404, the same as a missing file). It is public only while the live
 * version of a published consultation lists it: a file added to a version
 * being drafted stays with staff until that version is approved (four eyes),
 * and one dropped from the dossier leaves the public when the version that
 * drops it goes live. Staff (any signed-in actor) get every file.
 */
export async function findServedDossierFile(
  relPath: string,
  viewer: () => Promise<Actor | null>,
  now: Date = new Date(),
): Promise<ServedDossierFile | null> {
  const path = safeMediaPath(relPath);
  if (!path?.startsWith('dossier/')) return null;
  const select = { mimeType: true, fileName: true, sha256: true } as const;
  const live = await db().dossierFile.findFirst({
    where: { path, version: { liveOf: { is: publishedConsultation(now) } } },
    select,
  });
  const row =
    live ??
    ((await viewer()) ? await db().dossierFile.findFirst({ where: { path }, select }) : null);
  if (!row) return null;
  return {
    path,
    mimeType: row.mimeType,
    fileName: row.fileName,
    audience: live ? 'public' : 'staff',
    etag: `"${row.sha256.slice(0, 32)}"`,
  };
}
