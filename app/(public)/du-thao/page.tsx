import type { Metadata } from 'next';
import { ConsultationCard } from '@/components/consultations/consultation-card';
import { PHASE_LABELS, type Phase } from '@/components/consultations/window-text';
import { Breadcrumb } from '@/components/layout/breadcrumb';
import { byPhase, getPublishedConsultations } from '@/lib/consultations/queries';
import { publicPageMetadata } from '@/lib/site/metadata';

// Which list a draft is in depends on the clock (a window opens or closes at
// a stated minute), so the page is rendered per request, never prerendered
// (the build needs no database); the list itself comes from the tagged data
// cache, expired when a version is approved.
export const dynamic = 'force-dynamic';

const TITLE = 'Lấy ý kiến dự thảo';
const DESCRIPTION =
  'Dự thảo văn bản đang lấy ý kiến, sắp lấy ý kiến và đã hết thời gian lấy ý kiến: đọc toàn văn theo từng chương, điều, khoản, điểm.';

export function generateMetadata(): Metadata {
  return {
    title: TITLE,
    description: DESCRIPTION,
    ...publicPageMetadata({ path: '/du-thao', title: TITLE, description: DESCRIPTION }),
  };
}

const ORDER: Phase[] = ['open', 'upcoming', 'closed'];

export default async function ConsultationsPage() {
  const phases = byPhase(await getPublishedConsultations(), new Date());
  return (
    <div className="mx-auto max-w-4xl">
      <Breadcrumb trail={[{ href: '/', label: 'Trang chủ' }]} current={TITLE} />
      <h1 className="mt-4 text-3xl leading-tight font-bold text-brand">{TITLE}</h1>
      <p className="mt-2 text-slate-800">{DESCRIPTION}</p>
      {ORDER.map((phase) => (
        <section key={phase} aria-labelledby={`nhom-${phase}`} className="mt-8">
          <h2 id={`nhom-${phase}`} className="text-xl font-bold">
            {PHASE_LABELS[phase]} ({phases[phase].length})
          </h2>
          {phases[phase].length > 0 ? (
            phases[phase].map((item) => <ConsultationCard key={item.slug} item={item} />)
          ) : (
            <p className="mt-2 text-slate-700">Không có dự thảo nào.</p>
          )}
        </section>
      ))}
    </div>
  );
}
