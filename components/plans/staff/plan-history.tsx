import Link from 'next/link';
import { StaffTime } from '@/components/ui/staff-time';
import { stateLabel } from '@/lib/core/labels';
import type { StaffPlan } from '@/lib/plans/staff-queries';

/** "Lịch sử": every audited step on the plan's revisions, and each revision with its diff. */
export function PlanHistory({ plan }: { plan: StaffPlan }) {
  if (plan.revisions.length === 0) {
    return (
      <p className="text-slate-700">
        Kế hoạch này được nhập từ văn bản nguồn và chưa được sửa đổi trên cổng.
      </p>
    );
  }
  const numberOf = new Map(plan.revisions.map((r) => [r.id, r.number]));
  return (
    <section
      aria-labelledby="lich-su"
      className="space-y-3 rounded border border-slate-300 bg-white p-4"
    >
      <h2 id="lich-su" className="text-lg font-bold">
        Lịch sử
      </h2>
      <h3 className="font-semibold">Các phiên bản</h3>
      <ul className="space-y-1">
        {plan.revisions.map((r) => (
          <li key={r.id}>
            Phiên bản {r.number} ({stateLabel(r.state)}) — {r.authorName} —{' '}
            <Link
              href={`/quan-tri/ke-hoach/${plan.id}?so-sanh=${r.id}#so-sanh`}
              className="text-blue-800 underline"
            >
              So sánh phiên bản {r.number} với bản trước
            </Link>
          </li>
        ))}
      </ul>
      <h3 className="font-semibold">Các bước đã thực hiện</h3>
      <ol className="space-y-2 text-sm">
        {plan.history.map((e) => (
          <li key={e.id} className="border-b border-slate-200 pb-2">
            <StaffTime value={e.at} /> — {e.actorName ?? 'Không rõ'} — {e.actionLabel}
            {e.revisionId && numberOf.has(e.revisionId)
              ? ` (phiên bản ${numberOf.get(e.revisionId)})`
              : ''}
            {e.stateChange ? ` — ${e.stateChange}` : ''}
            {e.note ? <span className="block whitespace-pre-line">Lý do: {e.note}</span> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
