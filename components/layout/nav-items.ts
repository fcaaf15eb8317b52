import 'server-only';
import { getCategories } from '@/lib/categories/queries';
import { getPlanYears } from '@/lib/plans/queries';
import type { NavItem } from './site-header';

/** Main navigation: every active category, then the newest communication plan. */
export async function loadNavItems(): Promise<NavItem[]> {
  const [categories, planYears] = await Promise.all([getCategories(), getPlanYears()]);
  const items = categories.map((c) => ({ href: `/chuyen-muc/${c.slug}`, label: c.name }));
  const year = planYears[0];
  if (year !== undefined) {
    items.push({ href: `/ke-hoach-truyen-thong/${year}`, label: `Kế hoạch truyền thông ${year}` });
  }
  return items;
}
