import 'server-only';
import { slugify } from '../text/slug';
import type { Tx } from '../workflow/tx';

const MAX_SLUG = 120;

/** A free slug from the title: "hop-bao-x", then "hop-bao-x-2", ... */
export async function freeEventSlug(tx: Tx, title: string): Promise<string> {
  const base = slugify(title).slice(0, MAX_SLUG).replace(/-+$/, '') || 'su-kien';
  const taken = await tx.event.findMany({
    where: { slug: { startsWith: base } },
    select: { slug: true },
  });
  const used = new Set(taken.map((t) => t.slug));
  if (!used.has(base)) return base;
  let n = 2;
  while (used.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}
