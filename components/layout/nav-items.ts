import 'server-only';
import { getCategories } from '@/lib/categories/queries';
import { getPlanYears } from '@/lib/plans/queries';
import type { NavItem } from './site-header';

/**
 * Main navigation: every active category, the newest communication plan, then
 * the two places where citizens take part or come: drafts open for comment
 * and the ministry's events.
 */
export async function loadNavItems(): Promise<NavItem[]> {
  const [categories, planYears] = await Promise.all([getCategories(), getPlanYears()]);
  const items = categories.map((c) => ({ href: `/chuyen-muc/${c.slug}`, label: c.name }));
  const year = planYears[0];
  if (year !== undefined) {
    items.push({ href: `/ke-hoach-truyen-thong/${year}`, label: `Kế hoạch truyền thông ${year}` });
  }
  items.push(
    { href: '/du-thao', label: 'Lấy ý kiến dự thảo' },
    { href: '/su-kien', label: 'Sự kiện' },
  );
  return items;
}
