import Link from 'next/link';
import type { FieldDiff } from '@/lib/articles/diff';
import { changeLabel, type RedraftChange } from '@/lib/consultations/redraft';
import type { RedraftView as Redraft } from '@/lib/consultations/redraft-queries';
import { formatDate } from '@/lib/text/date';
import { DiffLegend, DiffText } from './diff-text';

function nameOf(change: RedraftChange): string {
  return change.nextName ?? change.previousName ?? '';
}

/** One changed unit: its name and heading, what kind of change in words, the word diff. */
function Change({ change }: { change: RedraftChange }) {
  const headingId = `${change.anchor}-tieu-de`;
  const showText = change.text.segments.length > 0 && change.status !== 'renumbered';
  return (
    <section
      id={change.anchor}
      aria-labelledby={headingId}
      className="scroll-mt-4 rounded border border-slate-300 p-4 target:bg-amber-50"
    >
      <h3 id={headingId} className="font-bold">
        {nameOf(change)}
        <span className="ml-2 inline-block rounded bg-slate-800 px-2 py-0.5 text-sm font-normal text-white">
          {changeLabel(change)}
        </span>
      </h3>
      {change.heading.segments.length > 0 ? (
        <DiffText diff={change.heading} className="mt-1 font-semibold" />
      ) : null}
      {showText ? <DiffText diff={change.text} className="mt-2 leading-relaxed" /> : null}
    </section>
  );
}

function Framing({ label, diff }: { label: string; diff: FieldDiff }) {
  if (!diff.changed) return null;
  return (
    <section aria-label={label} className="rounded border border-slate-300 p-4">
      <h3 className="font-bold">
        {label}
        <span className="ml-2 inline-block rounded bg-slate-800 px-2 py-0.5 text-sm font-normal text-white">
          Sửa đổi
        </span>
      </h3>
      <DiffText diff={diff} className="mt-2" />
    </section>
  );
}

/** The public comparison of two published versions of a draft, unit by unit. */
export function RedraftView({ redraft }: { redraft: Redraft }) {
  const { from, to, comparison } = redraft;
  const { changes } = comparison;
  return (
    <article aria-labelledby="so-sanh-tieu-de" className="space-y-6">
      <header className="space-y-2">
        <h1
          id="so-sanh-tieu-de"
          className="text-2xl leading-tight font-bold text-brand sm:text-3xl"
        >
          So sánh dự thảo lần {from.number} và lần {to.number}
        </h1>
        <p className="text-lg">
          <Link href={`/du-thao/${redraft.slug}`} className="text-blue-800 underline">
            {redraft.title}
          </Link>
        </p>
        <p className="text-slate-700">
          Dự thảo lần {from.number} công bố ngày {formatDate(from.publishedAt)}; dự thảo lần{' '}
          {to.number} công bố ngày {formatDate(to.publishedAt)}.
        </p>
      </header>
      <DiffLegend />
      {changes.length === 0 && !comparison.preamble.changed && !comparison.closing.changed ? (
        <p>Nội dung hai lần dự thảo không khác nhau.</p>
      ) : null}
      {changes.length > 0 ? (
        <nav aria-labelledby="muc-thay-doi" className="space-y-2">
          <h2 id="muc-thay-doi" className="text-xl font-bold">
            Các điều thay đổi ({changes.length})
          </h2>
          <ul className="list-disc space-y-1 pl-5">
            {changes.map((c) => (
              <li key={c.anchor}>
                <a href={`#${c.anchor}`} className="text-blue-800 underline">
                  {nameOf(c)}
                </a>
                : {changeLabel(c)}
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <section aria-labelledby="chi-tiet" className="space-y-4">
        <h2 id="chi-tiet" className="text-xl font-bold">
          Chi tiết thay đổi
        </h2>
        <Framing label="Phần mở đầu" diff={comparison.preamble} />
        {changes.map((c) => (
          <Change key={c.anchor} change={c} />
        ))}
        <Framing label="Phần kết" diff={comparison.closing} />
      </section>
    </article>
  );
}
