import type { Actor } from '../../lib/core/actor';
import {
  approveConsultationVersion,
  createConsultation,
  submitConsultationVersion,
} from '../../lib/consultations/mutations';
import type { ConsultationInput } from '../../lib/consultations/schema';
import { SAMPLE_NGHI_DINH } from './sample-draft';

const DAY = 86_400_000;

/** A consultation form filled in: a 30-day window opening an hour ago, the sample Nghị định. */
export function consultationInput(overrides: Partial<ConsultationInput> = {}): ConsultationInput {
  const opensAt = new Date(Date.now() - 3_600_000);
  return {
    title: 'Dự thảo Nghị định mẫu về truyền thông chính sách',
    documentType: 'nghi-dinh',
    draftingUnit: 'Vụ Pháp chế',
    summary: 'Tóm tắt dự thảo dùng cho kiểm thử.',
    contact: 'Vụ Pháp chế, phapche@example.gov.vn',
    opensAt,
    closesAt: new Date(opensAt.getTime() + 30 * DAY),
    shortWindowReason: '',
    draftText: SAMPLE_NGHI_DINH,
    ...overrides,
  };
}

/** Created by `editor`, submitted by them: ready for an approver. */
export async function submittedConsultation(
  editor: Actor,
  overrides: Partial<ConsultationInput> = {},
) {
  const created = await createConsultation(editor, consultationInput(overrides));
  return submitConsultationVersion(editor, created.version.id, created.version.version);
}

/** Created and submitted by `editor`, approved by `approver`. */
export async function publishedConsultation(
  editor: Actor,
  approver: Actor,
  overrides: Partial<ConsultationInput> = {},
) {
  const sent = await submittedConsultation(editor, overrides);
  return approveConsultationVersion(approver, sent.version.id, sent.version.version);
}
