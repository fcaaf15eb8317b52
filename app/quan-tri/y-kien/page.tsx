import type { Metadata } from 'next';
import { BulkForm } from '@/components/moderation/bulk-form';
import { QueueFilters } from '@/components/moderation/queue-filters';
import { QueueTable } from '@/components/moderation/queue-table';
import { QueueTabs } from '@/components/moderation/queue-tabs';
import { AccessDenied } from '@/components/staff/access-denied';
import { Pagination } from '@/components/ui/pagination';
import { requireActor } from '@/lib/auth/guards';
import { filterSearch } from '@/lib/forms/filter-params';
import { decisionsFor } from '@/lib/moderation/decisions';
import { FEEDBACK_STATE_LABELS } from '@/lib/moderation/labels';
import {
  countPendingFeedback,
  listModerationQueue,
  listQueueArticles,
  listQueueConsultations,
} from '@/lib/moderation/queue';
import { queueQuerySchema, toQueueFilters } from '@/lib/moderation/queue-schema';
import { can } from '@/lib/core/policy';
import { moderateAction } from './actions';

export const metadata: Metadata = { title: 'Ý kiến bạn đọc' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The moderation queue: a tab per state, filters, and one form for bulk decisions. */
export default async function ModerationQueuePage({ searchParams }: Props) {
  const actor = await requireActor();
  if (!can(actor, 'moderateFeedback')) return <AccessDenied what="ý kiến bạn đọc" />;
  const query = queueQuerySchema.parse(await searchParams);
  const { filters, badDates } = toQueueFilters(query);
  const [list, articles, consultations, pending] = await Promise.all([
    listModerationQueue(actor, filters),
    listQueueArticles(actor),
    listQueueConsultations(actor),
    countPendingFeedback(actor),
  ]);
  const href = (page: number) => `/quan-tri/y-kien${filterSearch(query, page)}`;
  const stateLabel = FEEDBACK_STATE_LABELS[filters.state];
  // A group of copies is one row: say how many items the rows hold.
  const grouped =
    list.items > list.total ? ` (${list.items} ý kiến, các bản giống nhau gộp một nhóm)` : '';
  return (
    <>
      <h1 className="text-2xl font-bold">Ý kiến bạn đọc</h1>
      <QueueTabs current={query.tab} pending={pending} />
      <QueueFilters
        query={query}
        articles={articles}
        consultations={consultations}
        badDates={badDates}
      />
      <h2 className="text-lg font-semibold" aria-live="polite">
        {stateLabel}: {list.total} mục{grouped} · trang {list.page}/{list.pageCount}
      </h2>
      <BulkForm
        action={moderateAction}
        decisions={list.rows.length > 0 ? decisionsFor(filters.state) : []}
        legend="Thao tác với các ý kiến đã chọn"
        idPrefix="bulk"
      >
        <QueueTable
          rows={list.rows}
          caption={`Ý kiến ${stateLabel.toLowerCase()}, trang ${list.page}`}
        />
      </BulkForm>
      <Pagination page={list.page} pageCount={list.pageCount} href={href} />
    </>
  );
}
