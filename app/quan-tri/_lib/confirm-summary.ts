import 'server-only';
import type { ActionFlags } from '@/components/workflow/article-actions';
import {
  type Confirmation,
  type ConfirmStep,
  STEP_PARAMS,
} from '@/components/workflow/confirm-types';
import { absoluteUrl } from '@/lib/site/url';
import { formatVnDateTime } from '@/lib/text/vn-time';
import type { ArticleView } from './article-view';

/** Back to the first step, with what was typed, scrolled to the actions. */
function backHref(articleId: string, step: ConfirmStep): string {
  const query = new URLSearchParams();
  if (step.publishAt) query.set(STEP_PARAMS.publishAt, step.publishAt);
  if (step.reason) query.set(STEP_PARAMS.reason, step.reason);
  if (step.kind) query.set(STEP_PARAMS.back, step.kind);
  return `/quan-tri/bai-viet/${articleId}?${query}#thao-tac`;
}

/**
 * What the confirmation step reads back: the title, the public address and
 * the time for "Phê duyệt"; the reason for "Từ chối" and "Gỡ bài". Null when
 * no (valid) step was asked for or this person may not take the action, so
 * a hand-made URL shows nothing the buttons would not.
 */
export function confirmationFor(
  view: ArticleView,
  flags: ActionFlags,
  step: ConfirmStep,
): Confirmation | null {
  const { revision } = view;
  const ref = {
    revisionId: revision.id,
    version: String(step.version ?? revision.version),
  };
  const title = { label: 'Tiêu đề', value: revision.title };
  const back = backHref(revision.articleId, step);
  if (step.kind === 'phe-duyet' && flags.approve) {
    const at = step.publishAtDate;
    return {
      action: 'approve',
      variant: 'primary',
      hidden: { ...ref, publishAt: at ? step.publishAt.trim() : '' },
      summary: {
        heading: 'Xác nhận phê duyệt',
        button: 'Phê duyệt',
        lead: at
          ? 'Bài dưới đây sẽ được công khai trên cổng thông tin vào thời gian đã hẹn.'
          : 'Bài dưới đây sẽ được công khai trên cổng thông tin ngay khi bạn bấm “Phê duyệt”.',
        facts: [
          title,
          { label: 'Địa chỉ công khai', value: absoluteUrl(`/tin-tuc/${revision.article.slug}`) },
          {
            label: 'Thời gian xuất bản',
            value: at ? `${formatVnDateTime(at)} (giờ Việt Nam)` : 'Ngay bây giờ',
          },
          ...(view.live || revision.article.liveRevisionId
            ? [{ label: 'Lưu ý', value: 'Bản này sẽ thay cho bản đang xuất bản.' }]
            : []),
        ],
        backHref: back,
      },
    };
  }
  if (step.kind === 'tu-choi' && flags.reject) {
    return {
      action: 'reject',
      variant: 'danger',
      hidden: { ...ref, reason: step.reason },
      summary: {
        heading: 'Xác nhận từ chối',
        button: 'Từ chối',
        lead: 'Bài sẽ được trả lại cho người viết kèm lý do dưới đây.',
        facts: [title, { label: 'Người viết', value: revision.author.name }, reasonFact(step)],
        backHref: back,
      },
    };
  }
  if (step.kind === 'go-bai' && flags.unpublish) {
    const liveTitle = view.live?.title ?? revision.title;
    return {
      action: 'unpublish',
      variant: 'danger',
      hidden: { articleId: revision.articleId, reason: step.reason },
      summary: {
        heading: 'Xác nhận gỡ bài',
        button: 'Gỡ bài',
        lead: 'Bài sẽ biến mất khỏi mọi trang công khai ngay khi bạn bấm “Gỡ bài”.',
        facts: [
          { label: 'Tiêu đề', value: liveTitle },
          { label: 'Địa chỉ', value: absoluteUrl(`/tin-tuc/${revision.article.slug}`) },
          reasonFact(step),
        ],
        backHref: back,
      },
    };
  }
  return null;
}

function reasonFact(step: ConfirmStep) {
  return { label: 'Lý do', value: step.reason };
}
