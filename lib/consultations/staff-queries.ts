import 'server-only';
import type { Actor } from '../core/actor';
import { db } from '../db/client';
import type { RevisionState } from '../generated/prisma/enums';
import { authorize, can } from '../core/policy';
import type { DocumentType } from './document-types';

/** Staff reads of consultations: every state, for every staff role (admins read only). */

export type StaffConsultationRow = {
  id: string;
  slug: string;
  title: string;
  state: RevisionState;
  versionNumber: number;
  closesAt: string;
  published: boolean;
  updatedAt: string;
};

/** Every consultation with its newest version, the latest changed first. */
export async function listConsultationsForStaff(actor: Actor): Promise<StaffConsultationRow[]> {
  authorize(actor, 'viewDashboard');
  const rows = await db().consultation.findMany({
    orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
    take: 200,
    select: {
      id: true,
      slug: true,
      publishedAt: true,
      versions: { orderBy: { number: 'desc' }, take: 1 },
    },
  });
  return rows.flatMap((row) => {
    const v = row.versions[0];
    if (!v) return [];
    return [
      {
        id: row.id,
        slug: row.slug,
        title: v.title,
        state: v.state,
        versionNumber: v.number,
        closesAt: v.closesAt.toISOString(),
        published: row.publishedAt !== null,
        updatedAt: v.updatedAt.toISOString(),
      },
    ];
  });
}

/** What the actor may do with the version on screen: the buttons shown. */
export type VersionRights = {
  edit: boolean;
  submit: boolean;
  approve: boolean;
  reject: boolean;
  amend: boolean;
};

async function loadStaffConsultation(id: string) {
  return db().consultation.findUnique({
    where: { id },
    include: {
      versions: {
        orderBy: { number: 'desc' },
        include: { units: { orderBy: { position: 'asc' } } },
      },
    },
  });
}

/** One consultation for its staff screen: identity, the newest version in full, every version's state, rights. */
export async function getConsultationForStaff(actor: Actor, id: string) {
  authorize(actor, 'viewDashboard');
  const row = await loadStaffConsultation(id);
  const current = row?.versions[0];
  if (!row || !current) return null;
  const live = row.versions.find((v) => v.id === row.liveVersionId) ?? null;
  const rights: VersionRights = {
    edit: can(actor, 'edit', current),
    submit: can(actor, 'submit', current),
    approve: can(actor, 'approve', current),
    reject: can(actor, 'reject', current),
    amend: live !== null && live.id === current.id && can(actor, 'amend', live),
  };
  return {
    id: row.id,
    slug: row.slug,
    documentType: row.documentType as DocumentType,
    draftingUnit: row.draftingUnit,
    contact: row.contact,
    published: row.publishedAt !== null,
    current,
    versions: row.versions.map(({ id: vid, number, state, title }) => ({
      id: vid,
      number,
      state,
      title,
    })),
    rights,
  };
}

export type StaffConsultation = NonNullable<Awaited<ReturnType<typeof getConsultationForStaff>>>;
