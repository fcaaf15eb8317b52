import { CONSULTATION_MINIMUM_DAYS } from './config';
import type { DocumentType } from './document-types';
import { parseDraftUnits } from './units';
import { type WindowGuard, windowGuard } from './window-guard';

/**
 * What the staff screen warns about before approval: the window against the
 * type's minimum and the holidays it overlaps (null when it closes before it
 * opens), and what the parser found odd in the text.
 */
export function staffChecks(
  version: { opensAt: Date; closesAt: Date; draftText: string },
  type: DocumentType,
) {
  let guard: WindowGuard | null = null;
  try {
    guard = windowGuard({ ...version, type, minimumDays: CONSULTATION_MINIMUM_DAYS });
  } catch {
    guard = null;
  }
  return { guard, warnings: parseDraftUnits(version.draftText).warnings };
}
