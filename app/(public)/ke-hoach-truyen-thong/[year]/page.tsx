import type { Metadata } from 'next';
import { publicPageMetadata } from '@/lib/site/metadata';
import { Breadcrumb } from '@/components/layout/breadcrumb';
import { NotFoundResponse } from '@/components/layout/not-found-response';
import { PlanItemList, PlanSection } from '@/components/plans/plan-section';
import { PlanActivities, PlanSummary } from '@/components/plans/plan-activities';
import { PlanSolution } from '@/components/plans/plan-solution';
import { planProgress } from '@/lib/plans/progress';
import { getPlan } from '@/lib/plans/queries';

// Full-route cache (ISR) rendered on demand, expired by tag like
// /tin-tuc/[slug] (see the note there); the plan's tags include the
// article lists, so a publish or unpublish refreshes its links. A year with
// no published plan answers NotFoundResponse: a 404 with its message in the
// HTML. Activities turn late when their day is over, which no tag expiry
// announces: the page is clock-bound.
export const revalidate = 60; // CLOCK_BOUND_SECONDS of lib/cache/policy.mjs, as the literal Next reads

export function generateStaticParams(): { year: string }[] {
  return [];
}

type Props = { params: Promise<{ year: string }> };

async function load(params: Props['params']) {
  const { year } = await params;
  return /^\d{4}$/.test(year) ? getPlan(Number(year)) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const plan = await load(params);
  if (!plan) return { title: 'Không tìm thấy trang', robots: { index: false } };
  const description =
    plan.summary ||
    `Mục đích, nguyên tắc, đối tượng, giải pháp trọng tâm và kênh truyền thông của ${plan.title}.`;
  return {
    title: plan.title,
    description,
    ...publicPageMetadata({
      path: `/ke-hoach-truyen-thong/${plan.year}`,
      title: plan.title,
      description,
    }),
  };
}

export default async function PlanPage({ params }: Props) {
  const plan = await load(params);
  if (!plan) return <NotFoundResponse />;
  const { PURPOSE, PRINCIPLE, AUDIENCE, SOLUTION, CHANNEL } = plan.items;
  const progress = planProgress(plan, new Date());
  return (
    <div className="mx-auto max-w-4xl">
      <Breadcrumb trail={[{ href: '/', label: 'Trang chủ' }]} current={plan.title} />
      <h1 className="mt-4 text-3xl leading-tight font-bold text-brand sm:text-4xl">{plan.title}</h1>
      <dl className="mt-4 space-y-1 text-slate-800">
        {plan.basis ? <Fact label="Căn cứ" value={plan.basis} /> : null}
        {plan.decisionRef ? <Fact label="Văn bản ban hành" value={plan.decisionRef} /> : null}
      </dl>
      {plan.summary ? <p className="mt-4 text-lg leading-relaxed">{plan.summary}</p> : null}
      <PlanSummary counts={progress.counts} />
      {PURPOSE.length > 0 ? (
        <PlanSection id="muc-dich" title="Mục đích">
          <PlanItemList items={PURPOSE} />
        </PlanSection>
      ) : null}
      {PRINCIPLE.length > 0 ? (
        <PlanSection id="nguyen-tac" title="Nguyên tắc">
          <PlanItemList items={PRINCIPLE} />
        </PlanSection>
      ) : null}
      {AUDIENCE.length > 0 ? (
        <PlanSection id="doi-tuong" title="Đối tượng truyền thông">
          <PlanItemList items={AUDIENCE} />
        </PlanSection>
      ) : null}
      {SOLUTION.length > 0 ? (
        <PlanSection id="giai-phap" title={`${SOLUTION.length} giải pháp trọng tâm`}>
          {SOLUTION.some((s) => s.isSummary) ? (
            <p className="mb-4 rounded border border-amber-300 bg-amber-50 px-4 py-3 text-slate-900">
              Các giải pháp có nhãn <strong>Tóm tắt</strong> là phần tóm lược của Cổng từ nội dung
              bài viết về Kế hoạch, chưa phải nguyên văn của văn bản Kế hoạch.
            </p>
          ) : null}
          <ol className="space-y-4">
            {SOLUTION.map((item, i) => (
              <PlanSolution
                key={item.id}
                item={item}
                index={i + 1}
                activities={progress.bySolution.get(item.id)}
              />
            ))}
          </ol>
        </PlanSection>
      ) : null}
      {CHANNEL.length > 0 ? (
        <PlanSection id="kenh" title="Kênh truyền thông">
          <PlanItemList items={CHANNEL} />
        </PlanSection>
      ) : null}
      {progress.unplaced.length > 0 ? (
        <PlanSection id="hoat-dong" title="Hoạt động">
          <PlanActivities activities={progress.unplaced} />
        </PlanSection>
      ) : null}
    </div>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <dt className="inline font-semibold">{label}: </dt>
      <dd className="inline">{value}</dd>
    </div>
  );
}
