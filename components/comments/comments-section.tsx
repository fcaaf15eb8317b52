import { DROPPED, type ConsultationComments, WHOLE_DRAFT } from '@/lib/comments/queries';
import type { UnitNode } from '@/lib/consultations/unit-tree';
import type { CommentAnswer } from '@/lib/dispositions/public';
import type { UnitAside } from '@/components/consultations/draft-text';
import { CommentForm, type UnitChoice } from './comment-form';
import { COMMENT_LABELS as L } from './labels';
import { UnitCommentsBlock } from './unit-comments';

type Phase = 'upcoming' | 'open' | 'closed';

/** Under each unit of the draft: its published comments and counts (nothing when none). */
export function unitCommentsAside(
  comments: ConsultationComments,
  currentVersion: number,
  answers: Record<string, CommentAnswer> = {},
): UnitAside {
  return (unit: UnitNode) => (
    <UnitCommentsBlock
      comments={comments[unit.id]}
      citation={unit.citation}
      currentVersion={currentVersion}
      answers={answers}
    />
  );
}

/** Every unit, in reading order, as the form's "Góp ý cho" list offers it. */
export function unitChoices(units: UnitNode[]): UnitChoice[] {
  return units.flatMap((u) => [
    { anchor: u.anchor, citation: u.title ? `${u.citation}. ${u.title}` : u.citation },
    ...unitChoices(u.children),
  ]);
}

/**
 * "Góp ý dự thảo" after the text: comments on the whole draft, those on
 * units a redraft dropped, and the form while the window is open; after it
 * "Đã hết thời hạn góp ý", before it no form.
 */
export function CommentsSection(props: {
  slug: string;
  phase: Phase;
  versionNumber: number;
  comments: ConsultationComments;
  units: UnitNode[];
  retentionDays: number;
  answers?: Record<string, CommentAnswer>;
}) {
  const { slug, phase, versionNumber, comments, units, retentionDays, answers } = props;
  const total = Object.values(comments).reduce((n, c) => n + c.total, 0);
  return (
    <section
      id="gop-y"
      aria-labelledby="gop-y-tieu-de"
      className="mt-10 border-t-4 border-brand pt-6"
    >
      <h2 id="gop-y-tieu-de" className="text-2xl font-bold text-brand">
        {L.section}
      </h2>
      <p className="mt-2 text-slate-700">
        {total === 0
          ? 'Chưa có góp ý nào được đăng.'
          : `${total} góp ý đã được đăng; góp ý về từng phần hiện ngay dưới phần đó.`}
      </p>
      <UnitCommentsBlock
        comments={comments[WHOLE_DRAFT]}
        citation="toàn bộ dự thảo"
        currentVersion={versionNumber}
        answers={answers}
      />
      <UnitCommentsBlock
        comments={comments[DROPPED]}
        citation="các phần đã bỏ khỏi dự thảo"
        currentVersion={versionNumber}
        answers={answers}
      />
      {phase === 'open' ? (
        <CommentForm
          slug={slug}
          versionNumber={versionNumber}
          units={unitChoices(units)}
          retentionDays={retentionDays}
        />
      ) : (
        <p className="mt-4 rounded border border-slate-300 bg-slate-50 p-3 font-semibold">
          {phase === 'closed' ? L.late : L.upcoming}
        </p>
      )}
    </section>
  );
}
