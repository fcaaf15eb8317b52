import { DOCUMENT_TYPE_LABELS, DOCUMENT_TYPES } from '@/lib/consultations/document-types';

/** The document types as the form's choices. */
export const TYPE_OPTIONS = DOCUMENT_TYPES.map((value) => ({
  value,
  label: DOCUMENT_TYPE_LABELS[value],
}));
