import type { ReactNode } from 'react';

type Props = { id: string; title: ReactNode; level?: 2 | 3; children: ReactNode };

/** A white, bordered section named by its own heading (h2 on a page, h3 within one). */
export function Panel({ id, title, level = 2, children }: Props) {
  const Heading = level === 2 ? 'h2' : 'h3';
  const box = level === 2 ? 'space-y-3' : 'space-y-2';
  return (
    <section aria-labelledby={id} className={`${box} rounded border border-slate-300 bg-white p-4`}>
      <Heading id={id} className={level === 2 ? 'text-lg font-bold' : 'font-bold'}>
        {title}
      </Heading>
      {children}
    </section>
  );
}
