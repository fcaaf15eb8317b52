import type { Metadata } from 'next';
import Link from 'next/link';
import { AnswerPanel } from '@/components/moderation/answer-panel';
import { BulkForm } from '@/components/moderation/bulk-form';
import { ItemDetails, ItemGroup, ItemHistory } from '@/components/moderation/item-details';
import { AccessDenied } from '@/components/staff/access-denied';
import { requireActor } from '@/lib/auth/guards';
import { getFeedbackForModeration } from '@/lib/moderation/item';
import { refsValue } from '@/lib/moderation/schema';
import { can } from '@/lib/core/policy';
import { orNotFound } from '../../_lib/article-view';
import {
  approveAnswerAction,
  moderateAction,
  rejectAnswerAction,
  saveAnswerAction,
  unpublishAnswerAction,
} from '../actions';

export const metadata: Metadata = { title: 'Ý kiến bạn đọc' };

type Props = { params: Promise<{ id: string }> };

/** One item: its text, group and history, the decisions that apply, and the ministry's answer. */
export default async function ModerationItemPage({ params }: Props) {
  const actor = await requireActor();
  if (!can(actor, 'moderateFeedback')) return <AccessDenied what="ý kiến bạn đọc" />;
  const { id } = await params;
  const item = await orNotFound(getFeedbackForModeration(actor, id));
  return (
    <>
      <p>
        <Link href="/quan-tri/y-kien" className="text-link underline">
          ‹ Danh sách ý kiến
        </Link>
      </p>
      <h1 className="text-2xl font-bold">Ý kiến bạn đọc</h1>
      <ItemDetails item={item} />
      {item.decisions.length > 0 ? (
        <BulkForm
          action={moderateAction}
          decisions={item.decisions}
          legend="Xử lý ý kiến này"
          idPrefix="item"
        >
          <input type="hidden" name="chon" value={refsValue([item])} />
        </BulkForm>
      ) : null}
      {item.kind === 'QUESTION' ? (
        <AnswerPanel
          feedbackId={item.id}
          answer={item.answer}
          canAnswer={item.canAnswer}
          questionPublished={item.state === 'PUBLISHED'}
          actions={{
            save: saveAnswerAction,
            approve: approveAnswerAction,
            reject: rejectAnswerAction,
            unpublish: unpublishAnswerAction,
          }}
        />
      ) : null}
      <ItemGroup group={item.group} />
      <ItemHistory history={item.history} />
    </>
  );
}
