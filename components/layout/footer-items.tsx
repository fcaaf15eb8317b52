import type { FooterItem } from '@/lib/pages/footer';

/** The agency's legal notice as a definition list; an unlabelled line stands alone. */
export function FooterItems({ items, className }: { items: FooterItem[]; className?: string }) {
  return (
    <dl className={className}>
      {items.map((item, i) =>
        item.label ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: lines keep their order; a label may repeat
          <div key={i} className="mt-1">
            <dt className="inline font-semibold">{item.label}: </dt>
            <dd className="inline">
              {item.href ? (
                <a href={item.href} className="underline">
                  {item.value}
                </a>
              ) : (
                item.value
              )}
            </dd>
          </div>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: as above
          <dd key={i} className="mt-1">
            {item.value}
          </dd>
        ),
      )}
    </dl>
  );
}
