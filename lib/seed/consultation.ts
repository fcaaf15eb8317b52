import { vnDayStart } from '../consultations/comment-window';
import { parseDraftUnits } from '../consultations/units';
import { slugify } from '../text/slug';
import type { PrismaClient } from '../generated/prisma/client';
import type { SeedActors } from './accounts';
import { sampleConsultation } from './content/consultation';

const DAY_MS = 86_400_000;
const SEED_NOTE = 'Dữ liệu mẫu để trình diễn (dự thảo mẫu)';

/**
 * The embedded demo's one sample consultation, published with its window
 * open from the start of the seeding day for 30 days, written by the editor and approved by the approver. Left
 * alone when its slug exists. Returns its slug when created, else null.
 */
export async function seedSampleConsultation(
  db: PrismaClient,
  actors: SeedActors,
  now: Date,
): Promise<string | null> {
  const s = sampleConsultation;
  const slug = slugify(s.title);
  if (await db.consultation.findUnique({ where: { slug }, select: { id: true } })) return null;
  const parsed = parseDraftUnits(s.draftText);
  await db.$transaction(async (tx) => {
    const consultation = await tx.consultation.create({
      data: {
        slug,
        documentType: s.documentType,
        draftingUnit: s.draftingUnit,
        contact: s.contact,
        publishedAt: now,
      },
    });
    const version = await tx.consultationVersion.create({
      data: {
        consultationId: consultation.id,
        number: 1,
        state: 'PUBLISHED',
        title: s.title,
        summary: s.summary,
        // From the start of today to 23:59 thirty days on, as a ministry would state it.
        opensAt: new Date(vnDayStart(now.getTime())),
        closesAt: new Date(vnDayStart(now.getTime()) + 30 * DAY_MS - 60_000),
        draftText: s.draftText,
        preamble: parsed.preamble,
        closing: parsed.closing,
        authorId: actors.editorId,
        contributorIds: [actors.editorId],
        submitterId: actors.editorId,
        approverId: actors.approverId,
        submittedAt: now,
        approvedAt: now,
        publishedAt: now,
        units: { createMany: { data: parsed.units } },
      },
    });
    await tx.consultation.update({
      where: { id: consultation.id },
      data: { liveVersionId: version.id },
    });
    const base = { entityType: 'consultation-version', entityId: version.id, note: SEED_NOTE };
    await tx.auditEvent.createMany({
      data: [
        {
          ...base,
          actorId: actors.editorId,
          action: 'submit',
          fromState: 'DRAFT',
          toState: 'SUBMITTED',
        },
        {
          ...base,
          actorId: actors.approverId,
          action: 'approve',
          fromState: 'SUBMITTED',
          toState: 'PUBLISHED',
        },
      ],
    });
  });
  return slug;
}
