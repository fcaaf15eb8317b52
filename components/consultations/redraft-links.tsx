import { changeLabel } from '@/lib/consultations/redraft';
import type { RedraftView } from '@/lib/consultations/redraft-queries';

/** The comparison page of two published versions, e.g. /du-thao/x/so-sanh/1-2. */
export function comparisonHref(slug: string, from: number, to: number): string {
  return `/du-thao/${slug}/so-sanh/${from}-${to}`;
}

/**
 * On a redrafted consultation's page: what the latest version changed
 * against the one before (each unit a link to its diff), and every pair of
 * published versions to compare.
 */
export function RedraftLinks(props: {
  slug: string;
  numbers: number[];
  latest: RedraftView | null;
}) {
  const { slug, numbers, latest } = props;
  if (numbers.length < 2) return null;
  const pairs = numbers.slice(1).map((to, i) => [numbers[i] ?? 0, to] as const);
  return (
    <section aria-labelledby="cac-lan-du-thao" className="mt-8 space-y-3">
      <h2 id="cac-lan-du-thao" className="text-xl font-bold">
        Các lần dự thảo
      </h2>
      {latest ? (
        <div>
          <p>
            Dự thảo lần {latest.to.number} thay đổi so với lần {latest.from.number}:{' '}
            {latest.comparison.changes.length === 0 ? 'không có điều nào thay đổi.' : null}
          </p>
          {latest.comparison.changes.length > 0 ? (
            <ul className="mt-2 list-disc space-y-1 pl-5">
              {latest.comparison.changes.map((c) => (
                <li key={c.anchor}>
                  <a
                    href={`${comparisonHref(slug, latest.from.number, latest.to.number)}#${c.anchor}`}
                    className="text-blue-800 underline"
                  >
                    {c.nextName ?? c.previousName}
                  </a>
                  : {changeLabel(c)}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      <ul className="space-y-1">
        {pairs.map(([from, to]) => (
          <li key={`${from}-${to}`}>
            <a href={comparisonHref(slug, from, to)} className="text-blue-800 underline">
              So sánh dự thảo lần {from} và lần {to}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
