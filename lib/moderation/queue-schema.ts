import { z } from 'zod';
import { oneParam, pageParam } from '../forms/filter-params';
import type { FeedbackKind, FeedbackState } from '../generated/prisma/enums';
import { readVnDayRange } from '../text/vn-time';

/** The queue's tabs as they appear in the URL, and the state each lists. */
export const QUEUE_TABS = {
  'cho-duyet': 'PENDING',
  'da-dang': 'PUBLISHED',
  'tu-choi': 'REJECTED',
  'da-an': 'HIDDEN',
} as const satisfies Record<string, FeedbackState>;
export type QueueTab = keyof typeof QUEUE_TABS;

const KINDS = { 'gop-y': 'SUGGESTION', 'cau-hoi': 'QUESTION' } as const satisfies Record<
  string,
  FeedbackKind
>;

const pick = <T extends string>(keys: readonly T[]) =>
  oneParam.transform((v) => ((keys as readonly string[]).includes(v ?? '') ? (v as T) : undefined));

/**
 * The queue's GET form (URL search params). Anything malformed is dropped,
 * not refused, so an edited URL still shows a queue; a bad date is reported
 * back so the form can say which field was ignored.
 */
export const queueQuerySchema = z.object({
  tab: pick(Object.keys(QUEUE_TABS) as QueueTab[]).transform((v) => v ?? 'cho-duyet'),
  q: oneParam,
  'bai-viet': oneParam,
  loai: pick(Object.keys(KINDS) as (keyof typeof KINDS)[]),
  'xac-minh': pick(['co', 'khong'] as const),
  tu: oneParam,
  den: oneParam,
  trang: pageParam,
});
export type QueueQuery = z.output<typeof queueQuerySchema>;

/** Filters for listModerationQueue. */
export type QueueFilters = {
  state: FeedbackState;
  q?: string;
  articleId?: string;
  /** Comments on one consultation only. */
  consultationId?: string;
  kind?: FeedbackKind;
  /** true: the sender confirmed their email; false: not (yet). */
  verified?: boolean;
  /** Sent on or after `from`, before `to`. */
  from?: Date;
  to?: Date;
  page: number;
};

export function toQueueFilters(query: QueueQuery): {
  filters: QueueFilters;
  badDates: ('tu' | 'den')[];
} {
  const { from, to, badDates } = readVnDayRange(query.tu, query.den);
  const verified = query['xac-minh'];
  return {
    filters: {
      state: QUEUE_TABS[query.tab],
      q: query.q,
      articleId: query['bai-viet'],
      kind: query.loai ? KINDS[query.loai] : undefined,
      verified: verified === undefined ? undefined : verified === 'co',
      from,
      to,
      page: query.trang,
    },
    badDates,
  };
}
