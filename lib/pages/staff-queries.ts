import 'server-only';
import type { Actor } from '../core/actor';
import { db } from '../db/client';
import { authorize } from '../core/policy';
import type { RevisionState } from '../core/states';
import { publicPath } from '../core/page-slugs';

export type StaffPageItem = {
  articleId: string;
  slug: string;
  /** Where the public reads it ('/' for the footer, shown on every page). */
  path: string;
  title: string;
  /** Language of the content ('en' for the English page). */
  locale: string;
  /** The newest revision's state: a draft or one awaiting approval shows here. */
  latestState: RevisionState;
  live: boolean;
  updatedAt: Date;
};

/**
 * The portal's own pages for the staff area, each with its newest revision.
 * Editing one is editing an article: the same screen, revisions and approval.
 */
export async function listPagesForStaff(actor: Actor): Promise<StaffPageItem[]> {
  authorize(actor, 'viewDashboard');
  const rows = await db().article.findMany({
    where: { kind: 'PAGE' },
    orderBy: { slug: 'asc' },
    select: {
      id: true,
      slug: true,
      locale: true,
      liveRevisionId: true,
      revisions: {
        orderBy: { number: 'desc' },
        take: 1,
        select: { title: true, state: true, updatedAt: true },
      },
    },
  });
  return rows.flatMap((row) => {
    const latest = row.revisions[0];
    if (!latest) return [];
    return [
      {
        articleId: row.id,
        slug: row.slug,
        path: publicPath('PAGE', row.slug),
        title: latest.title,
        locale: row.locale,
        latestState: latest.state,
        live: row.liveRevisionId !== null,
        updatedAt: latest.updatedAt,
      },
    ];
  });
}
