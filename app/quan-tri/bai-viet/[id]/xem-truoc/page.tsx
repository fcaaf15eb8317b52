import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ArticleView } from '@/components/articles/article-view';
import { RelatedArticles } from '@/components/articles/related-articles';
import { StateBadge } from '@/components/workflow/state-badge';
import { getRevisionPreview } from '@/lib/articles/preview';
import { requireActor } from '@/lib/auth/guards';
import { loadArticleView, orNotFound } from '../../../_lib/article-view';

// Never cached anywhere: reading the session makes this page dynamic, so
// Next sends `Cache-Control: private, no-cache, no-store`.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: 'Xem trước',
  robots: { index: false, follow: false, nocache: true },
};

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/**
 * A revision exactly as readers would see it, built with the public article
 * components. `?phien-ban=<revision id>` picks a revision; by default the
 * one the article screen shows.
 */
export default async function PreviewPage({ params, searchParams }: Props) {
  const actor = await requireActor();
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const asked = typeof query['phien-ban'] === 'string' ? query['phien-ban'] : null;
  const revisionId = asked ?? (await loadArticleView(actor, id)).revision.id;
  const preview = await orNotFound(getRevisionPreview(actor, revisionId));
  // A revision of another article under this address: as good as unknown.
  if (preview.revision.articleId !== id) notFound();
  const { revision } = preview;
  return (
    <>
      <div
        role="note"
        className="flex flex-wrap items-center gap-3 rounded border-l-4 border-amber-600 bg-amber-50 px-4 py-3"
      >
        <strong>Bản xem trước, chỉ cán bộ thấy.</strong>
        <span>Phiên bản {revision.number}</span>
        <StateBadge state={revision.state} />
        <Link
          href={`/quan-tri/bai-viet/${id}`}
          className="text-blue-800 underline focus-visible:outline-3 focus-visible:outline-amber-500"
        >
          Quay lại bài viết
        </Link>
      </div>
      <div className="rounded bg-white px-4 py-6 sm:px-8">
        <div className="lg:max-w-3xl">
          <ArticleView article={preview.article} readMore={preview.readMore} />
        </div>
        <RelatedArticles articles={preview.related} />
      </div>
    </>
  );
}
