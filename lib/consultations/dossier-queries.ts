import 'server-only';
import { mediaUrl } from '../articles/dto';
import { cached } from '../cache/cached';
import { cacheTags } from '../cache/tags';
import type { Actor } from '../core/actor';
import { authorize } from '../core/policy';
import { db } from '../db/client';
import { isSlug } from '../text/slug';
import { dossierKindLabel, formatFileSize } from './dossier-kinds';
import { publishedConsultation } from './published';

/** One dossier file as a list shows it. */
export type DossierEntry = {
  id: string;
  kindLabel: string;
  title: string;
  /** "PDF" or "DOCX". */
  format: string;
  /** "1,2 MB". */
  size: string;
  href: string;
};

type Row = {
  id: string;
  kind: string;
  title: string;
  path: string;
  mimeType: string;
  byteSize: number;
};

/** A stored row as listed, for the public page and the staff screen alike. */
export function toDossierEntry(row: Row): DossierEntry {
  return {
    id: row.id,
    kindLabel: dossierKindLabel(row.kind),
    title: row.title,
    format: row.mimeType === 'application/pdf' ? 'PDF' : 'DOCX',
    size: formatFileSize(row.byteSize),
    href: mediaUrl(row.path),
  };
}

export const DOSSIER_ROW_SELECT = {
  id: true,
  kind: true,
  title: true,
  path: true,
  mimeType: true,
  byteSize: true,
} as const;

/** The dossier of the published consultation at `slug` (its live version's), in filing order. */
export async function loadPublicDossier(slug: string): Promise<DossierEntry[]> {
  if (!isSlug(slug)) return [];
  const rows = await db().dossierFile.findMany({
    where: { version: { liveOf: { is: { slug, ...publishedConsultation() } } } },
    orderBy: { position: 'asc' },
    select: DOSSIER_ROW_SELECT,
  });
  return rows.map(toDossierEntry);
}

/** Cached loadPublicDossier, expired with the consultation's page when a version goes live. */
export const getPublicDossier = cached(loadPublicDossier, {
  key: 'consultation-dossier',
  tags: (slug) => [cacheTags.consultation(slug)],
});

/** A version's dossier for its staff screen (any state), with each file's row id for removal. */
export async function listVersionDossier(actor: Actor, versionId: string): Promise<DossierEntry[]> {
  authorize(actor, 'viewDashboard');
  const rows = await db().dossierFile.findMany({
    where: { versionId },
    orderBy: { position: 'asc' },
    select: DOSSIER_ROW_SELECT,
  });
  return rows.map(toDossierEntry);
}
