import 'server-only';
import { slugify } from '../text/slug';
import type { Tx } from '../workflow/tx';

const MAX_SLUG = 120;

/** A free slug from the title: "du-thao-x", then "du-thao-x-2", ... */
export async function freeConsultationSlug(tx: Tx, title: string): Promise<string> {
  const base = slugify(title).slice(0, MAX_SLUG).replace(/-+$/, '') || 'du-thao';
  const taken = await tx.consultation.findMany({
    where: { slug: { startsWith: base } },
    select: { slug: true },
  });
  const used = new Set(taken.map((t) => t.slug));
  if (!used.has(base)) return base;
  let n = 2;
  while (used.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}
