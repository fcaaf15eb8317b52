import type { Metadata } from 'next';
import { ConsultationView } from '@/components/consultations/consultation-view';
import { RedraftLinks } from '@/components/consultations/redraft-links';
import { RegisterLink } from '@/components/dispositions/register-link';
import { Breadcrumb } from '@/components/layout/breadcrumb';
import { NotFoundResponse } from '@/components/layout/not-found-response';
import { CommentsSection, unitCommentsAside } from '@/components/comments/comments-section';
import { getConsultationComments } from '@/lib/comments/queries';
import { windowPhase } from '@/lib/consultations/comment-window';
import { unitTree } from '@/lib/consultations/unit-tree';
import { env } from '@/lib/env';
import { getPublicDossier } from '@/lib/consultations/dossier-queries';
import { getPublishedVersionNumbers, getRedraft } from '@/lib/consultations/redraft-queries';
import { answersOf, getPublicRegister } from '@/lib/dispositions/public';
import { getPublishedConsultation, windowOf } from '@/lib/consultations/queries';
import { publicPageMetadata } from '@/lib/site/metadata';

// Cached whole (ISR) like /tin-tuc/[slug], expired by the consultation's tag
// when a version is approved; no params at build time (the build needs no
// database); nothing public at the slug answers NotFoundResponse (a cached
// 404 with its message). The window's phase is shown, so a copy lives a
// minute at most: a window that has just opened or closed says so soon
// (CLOCK_BOUND_SECONDS in lib/cache/policy.mjs; a unit test holds this literal to it).
export const revalidate = 60;

export function generateStaticParams(): { slug: string }[] {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const item = await getPublishedConsultation(slug);
  if (!item) return { title: 'Không tìm thấy trang', robots: { index: false } };
  return {
    title: item.title,
    description: item.summary.slice(0, 300),
    ...publicPageMetadata({
      path: `/du-thao/${item.slug}`,
      title: item.title,
      description: item.summary,
    }),
  };
}

export default async function ConsultationPage({ params }: Props) {
  const { slug } = await params;
  const item = await getPublishedConsultation(slug);
  if (!item) return <NotFoundResponse />;
  const [comments, dossier, numbers, register] = await Promise.all([
    getConsultationComments(slug),
    getPublicDossier(slug),
    getPublishedVersionNumbers(slug),
    getPublicRegister(slug),
  ]);
  const phase = windowPhase(windowOf(item), new Date());
  const previous = numbers.filter((n) => n < item.versionNumber).at(-1);
  const latest = previous ? await getRedraft(slug, previous, item.versionNumber) : null;
  const answers = answersOf(register);
  return (
    <div className="mx-auto max-w-3xl">
      <Breadcrumb
        trail={[
          { href: '/', label: 'Trang chủ' },
          { href: '/du-thao', label: 'Lấy ý kiến dự thảo' },
        ]}
      />
      <div className="mt-4">
        <ConsultationView
          item={item}
          phase={phase}
          aside={unitCommentsAside(comments, item.versionNumber, answers)}
          dossier={dossier}
          redraft={
            <>
              {register ? <RegisterLink slug={item.slug} count={register.rows.length} /> : null}
              <RedraftLinks slug={item.slug} numbers={numbers} latest={latest} />
            </>
          }
        >
          <CommentsSection
            slug={item.slug}
            phase={phase}
            versionNumber={item.versionNumber}
            comments={comments}
            units={unitTree(item.units)}
            retentionDays={env().FEEDBACK_RETENTION_DAYS}
            answers={answers}
          />
        </ConsultationView>
      </div>
    </div>
  );
}
