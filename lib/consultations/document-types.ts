/** Kinds of draft put out for comment; "khac" is anything else (a Chỉ thị, a Đề án). */
export const DOCUMENT_TYPES = [
  'luat',
  'nghi-dinh',
  'thong-tu',
  'quyet-dinh',
  'ke-hoach',
  'khac',
] as const;

export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/** How each type is named on the portal. */
export const DOCUMENT_TYPE_LABELS: Record<DocumentType, string> = {
  luat: 'Luật',
  'nghi-dinh': 'Nghị định',
  'thong-tu': 'Thông tư',
  'quyet-dinh': 'Quyết định',
  'ke-hoach': 'Kế hoạch',
  khac: 'Văn bản khác',
};

/** The comment window's minimum length in days when nothing else is configured for a type. */
export const DEFAULT_MINIMUM_DAYS = 20;

/** Minimum window per document type; a type left out gets DEFAULT_MINIMUM_DAYS. */
export type MinimumDays = Partial<Record<DocumentType, number>>;

/** The minimum number of days a window for this type of draft must stay open. */
export function minimumDaysFor(type: DocumentType, configured: MinimumDays = {}): number {
  return configured[type] ?? DEFAULT_MINIMUM_DAYS;
}
