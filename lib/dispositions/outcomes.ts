import type { DispositionOutcome } from '../generated/prisma/enums';

/** The four answers a comment gets in the register, as the official table words them. */
export const OUTCOME_LABELS: Readonly<Record<DispositionOutcome, string>> = {
  ACCEPTED: 'Tiếp thu',
  PARTLY_ACCEPTED: 'Tiếp thu một phần',
  EXPLAINED: 'Giải trình',
  DUPLICATE: 'Trùng',
};

export const OUTCOMES: readonly DispositionOutcome[] = [
  'ACCEPTED',
  'PARTLY_ACCEPTED',
  'EXPLAINED',
  'DUPLICATE',
];

/** Form values (URL-safe) of the outcome choice. */
export const OUTCOME_VALUES = {
  'tiep-thu': 'ACCEPTED',
  'tiep-thu-mot-phan': 'PARTLY_ACCEPTED',
  'giai-trinh': 'EXPLAINED',
  trung: 'DUPLICATE',
} as const satisfies Record<string, DispositionOutcome>;
export type OutcomeValue = keyof typeof OUTCOME_VALUES;
