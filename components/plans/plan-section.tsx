import type { ReactNode } from 'react';
import type { PlanItemDto } from '@/lib/plans/queries';

/** One part of the plan (purpose, principles, …) with a heading the outline can use. */
export function PlanSection({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="mt-10">
      <h2 id={id} className="border-b-2 border-nav pb-1 text-2xl font-bold text-nav">
        {title}
      </h2>
      <div className="mt-4">{children}</div>
    </section>
  );
}

/** Plain items: a title, and a body where the plan gives one. */
export function PlanItemList({ items }: { items: PlanItemDto[] }) {
  return (
    <ul className="list-disc space-y-2 pl-6 text-lg">
      {items.map((item) => (
        <li key={item.id}>
          <span className={item.body ? 'font-semibold' : undefined}>{item.title}</span>
          {item.body ? <p className="mt-1 text-base text-slate-700">{item.body}</p> : null}
          {item.isSummary ? <SummaryMark /> : null}
        </li>
      ))}
    </ul>
  );
}

/** Says plainly that the wording is the portal's summary, not the plan's text. */
export function SummaryMark() {
  return (
    <span className="ml-2 inline-block rounded bg-amber-100 px-2 py-0.5 align-middle text-xs font-semibold text-amber-900">
      Tóm tắt
    </span>
  );
}
