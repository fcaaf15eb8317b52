import Link from 'next/link';
import { StaffTime } from '@/components/ui/staff-time';
import { Panel } from '@/components/ui/panel';
import {
  FEEDBACK_KIND_LABELS,
  FEEDBACK_STATE_LABELS,
  REJECT_REASON_LABELS,
} from '@/lib/moderation/labels';
import type { ModerationItem } from '@/lib/moderation/item';
import { COMMENTER_TYPE_LABELS, STANCE_LABELS } from '@/lib/comments/labels';
import { CitizenText } from './citizen-text';
import { SpamScore } from './spam-score';

function Row({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="sm:flex sm:gap-2">
      <dt className="font-semibold">{term}:</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** A consultation comment's stance, sender type, version and unit (then and now). */
function CommentRows({ item }: { item: ModerationItem }) {
  const { comment, stance, commenterType } = item;
  if (!comment) return null;
  const unitNow =
    comment.unitAnchor && comment.liveUnitAnchor !== comment.unitAnchor
      ? ` (nay: ${comment.liveUnitAnchor ? `#${comment.liveUnitAnchor}` : 'đã bỏ khỏi dự thảo'})`
      : '';
  return (
    <>
      {stance ? <Row term="Quan điểm">{STANCE_LABELS[stance]}</Row> : null}
      {commenterType ? <Row term="Người gửi là">{COMMENTER_TYPE_LABELS[commenterType]}</Row> : null}
      <Row term="Góp ý trên">
        {`dự thảo lần ${comment.versionNumber ?? '?'}, `}
        {comment.unitAnchor ? `#${comment.unitAnchor}${unitNow}` : 'toàn bộ dự thảo'}
      </Row>
    </>
  );
}

/** The item as the moderator judges it: who, where, when, its state and its text (as text). */
export function ItemDetails({ item }: { item: ModerationItem }) {
  return (
    <Panel id="y-kien" title={`${FEEDBACK_KIND_LABELS[item.kind]} của ${item.name}`}>
      <dl className="space-y-1 text-sm">
        <Row term="Trạng thái">{FEEDBACK_STATE_LABELS[item.state]}</Row>
        <Row term={item.target.kind === 'consultation' ? 'Dự thảo' : 'Bài viết'}>
          <Link href={item.target.staffHref} className="text-link underline">
            {item.target.title}
          </Link>
        </Row>
        {item.comment ? <CommentRows item={item} /> : null}
        <Row term="Tên hiển thị">
          {item.anonymous ? 'Bạn đọc (người gửi chọn ẩn tên)' : item.name}
        </Row>
        <Row term="Gửi lúc">
          <StaffTime value={item.createdAt} />
        </Row>
        <Row term="Email">{item.verifiedAt ? 'Đã xác nhận' : 'Chưa xác nhận'}</Row>
        <Row term="Khả năng spam">
          <SpamScore score={item.spamScore} />
        </Row>
        {item.rejectReason ? (
          <Row term="Lý do">
            {REJECT_REASON_LABELS[item.rejectReason]}
            {item.rejectNote ? `: ${item.rejectNote}` : ''}
          </Row>
        ) : null}
        {item.moderatorName ? <Row term="Người xử lý">{item.moderatorName}</Row> : null}
      </dl>
      <div className="rounded border border-slate-300 bg-slate-50 p-3">
        <CitizenText text={item.erasedAt ? '(Nội dung đã được xóa theo yêu cầu.)' : item.body} />
      </div>
    </Panel>
  );
}

/** The other copies of the same (or nearly the same) text. */
export function ItemGroup({ group }: { group: ModerationItem['group'] }) {
  if (group.length === 0) return null;
  return (
    <Panel id="nhom" title={`Nhóm ý kiến giống nhau (${group.length + 1})`}>
      <ul className="list-disc space-y-1 pl-6">
        {group.map((g) => (
          <li key={g.id}>
            <Link href={`/quan-tri/y-kien/${g.id}`} className="text-link underline">
              {g.name}
            </Link>{' '}
            · {FEEDBACK_STATE_LABELS[g.state]} · <StaffTime value={g.createdAt} />
          </li>
        ))}
      </ul>
    </Panel>
  );
}

/** Every audited step on the item and its answer, oldest first. */
export function ItemHistory({ history }: { history: ModerationItem['history'] }) {
  return (
    <Panel id="lich-su" title="Lịch sử">
      {history.length === 0 ? (
        <p>Chưa có thao tác nào.</p>
      ) : (
        <ol className="space-y-2">
          {history.map((h) => (
            <li key={h.id} className="border-b border-slate-200 pb-2">
              <StaffTime value={h.at} /> · {h.actorName ?? 'Không rõ'} · {h.label}
              {h.stateChange ? ` (${h.stateChange})` : ''}
              {h.note ? <CitizenText text={`Ghi chú: ${h.note}`} /> : null}
            </li>
          ))}
        </ol>
      )}
    </Panel>
  );
}
