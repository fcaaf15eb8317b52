import 'server-only';
import { tagsForConsultation } from '../cache/tags';
import type { ConsultationVersion } from '../generated/prisma/client';
import type { Tx } from '../workflow/tx';

/** What a step did: the version as now stored, and the public cache tags to expire after it. */
export type VersionResult = {
  version: Pick<ConsultationVersion, 'id' | 'version' | 'state' | 'consultationId'>;
  slug: string;
  tags: string[];
};

/** The result of a step; `publicChanged` when readers now see something else. */
export async function resultOf(
  tx: Tx,
  v: ConsultationVersion,
  publicChanged: boolean,
): Promise<VersionResult> {
  const { slug } = await tx.consultation.findUniqueOrThrow({ where: { id: v.consultationId } });
  const { id, version, state, consultationId } = v;
  return {
    version: { id, version, state, consultationId },
    slug,
    tags: publicChanged ? tagsForConsultation(slug) : [],
  };
}
