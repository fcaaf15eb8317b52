import type { MinimumDays } from './document-types';

/**
 * The minimum comment window per document type, in days. Types left out
 * get DEFAULT_MINIMUM_DAYS (20). Changed here, in code review, so a shorter
 * minimum is itself a reviewed decision.
 */
export const CONSULTATION_MINIMUM_DAYS: MinimumDays = {};
