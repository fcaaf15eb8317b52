import Link from 'next/link';
import type { ConsultationSummary } from '@/lib/consultations/queries';
import { WindowText } from './window-text';

/** One consultation in the public list: title as the link, type, drafting unit, window. */
export function ConsultationCard({ item }: { item: ConsultationSummary }) {
  return (
    <article className="border-b border-slate-200 py-4 last:border-b-0">
      <h3 className="text-lg font-semibold leading-snug">
        <Link href={`/du-thao/${item.slug}`} className="text-link underline hover:text-brand">
          {item.title}
        </Link>
      </h3>
      <p className="mt-1 text-sm text-slate-700">
        {item.typeLabel} · {item.draftingUnit}
        {item.versionNumber > 1 ? ` · Dự thảo lần ${item.versionNumber}` : ''}
      </p>
      <p className="mt-1 text-sm text-slate-700">
        <WindowText opensAt={item.opensAt} closesAt={item.closesAt} />
      </p>
      <p className="mt-2 line-clamp-3 text-slate-800">{item.summary}</p>
    </article>
  );
}
