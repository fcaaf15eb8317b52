import type { Metadata } from 'next';
import Link from 'next/link';
import { AlertList } from '@/components/trends/alert-list';
import { ChartFrame } from '@/components/trends/chart-frame';
import { LineChart } from '@/components/trends/line-chart';
import { RangeForm } from '@/components/trends/range-form';
import { StanceBars } from '@/components/trends/stance-bars';
import { RankedBars } from '@/components/trends/ranked-bars';
import { AccessDenied } from '@/components/staff/access-denied';
import { requireActor } from '@/lib/auth/guards';
import { DomainError } from '@/lib/core/errors';
import { can } from '@/lib/core/policy';
import { type ChartTable, chartTables } from '@/lib/trends-data/chart-tables';
import { loadTrends } from '@/lib/trends-data/dashboard';
import { rangeQuerySchema, readRange } from '@/lib/trends-data/range';
import { seriesSummary } from '@/lib/trends-data/summary';

export const metadata: Metadata = { title: 'Xu hướng' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * Trends: what citizens read, search and send, what rose unusually and the
 * next 14 days' forecast. Charts are SVG drawn here, each with its table and
 * its CSV; no client code.
 */
export default async function TrendsPage({ searchParams }: Props) {
  const actor = await requireActor();
  if (!can(actor, 'viewDashboard')) return <AccessDenied what="xu hướng" />;
  const query = rangeQuerySchema.catch({}).parse(await searchParams);
  const { range, notice } = readRange(query);
  let trends: Awaited<ReturnType<typeof loadTrends>>;
  try {
    trends = await loadTrends(actor, range, query.bai || undefined);
  } catch (error) {
    if (error instanceof DomainError && error.code === 'FORBIDDEN')
      return <AccessDenied what="xu hướng của bài viết này" />;
    throw error;
  }
  const tables = new Map(chartTables(trends).map((t) => [t.id, t]));
  const table = (id: string) => tables.get(id) as ChartTable;
  const csv = (id: string) => {
    const q = new URLSearchParams({ 'bieu-do': id, tu: range.from, den: range.to });
    if (trends.article) q.set('bai', trends.article.id);
    return `/quan-tri/xu-huong/csv?${q}`;
  };
  const viewAlerts = trends.alerts.filter((a) => a.kind === 'views');
  const ranked = (id: string, items: { label: string; value: number }[] | null) =>
    items ? (
      <ChartFrame key={id} table={table(id)} csvHref={csv(id)}>
        <RankedBars items={items} title={table(id).title} />
      </ChartFrame>
    ) : null;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Xu hướng</h1>
      <p className="text-slate-700">
        {trends.scope.all
          ? 'Lượt đọc, tìm kiếm và ý kiến của người dân trên toàn Cổng.'
          : 'Số liệu các bài viết do bạn viết hoặc biên tập.'}{' '}
        {trends.article ? (
          <Link href="/quan-tri/xu-huong" className="text-blue-800 underline">
            Xem tất cả bài viết
          </Link>
        ) : null}
      </p>
      <RangeForm range={range} articleId={trends.article?.id} />
      {notice ? (
        <p role="status" className="rounded border border-amber-400 bg-amber-50 p-3">
          {notice}
        </p>
      ) : null}
      <AlertList
        alerts={trends.alerts}
        csvHref={csv('canh-bao')}
        shiftCsvHref={trends.stance ? csv('chuyen-bien') : null}
      />
      {trends.stance ? (
        <ChartFrame table={table('quan-diem')} csvHref={csv('quan-diem')}>
          {trends.stance.length === 0 ? (
            <p className="text-slate-700">Chưa có góp ý dự thảo trong khoảng ngày này.</p>
          ) : (
            <StanceBars rows={trends.stance} />
          )}
        </ChartFrame>
      ) : null}
      <ChartFrame table={table('luot-doc')} csvHref={csv('luot-doc')}>
        <LineChart
          id="chart-luot-doc"
          title={table('luot-doc').title}
          summary={seriesSummary('lượt đọc', trends.views, trends.forecast)}
          lines={[
            { label: 'Lượt đọc', points: trends.views, color: '#1d4ed8' },
            ...(trends.visitors
              ? [{ label: 'Người đọc (ước tính)', points: trends.visitors, color: '#b45309' }]
              : []),
          ]}
          band={trends.forecast}
          markers={viewAlerts.map((a) => ({ day: a.day, label: a.reason }))}
        />
      </ChartFrame>
      <ChartFrame table={table('du-bao')} csvHref={csv('du-bao')}>
        <p className="text-sm text-slate-700">
          Dự báo theo mô hình Holt-Winters (xu hướng và chu kỳ tuần, có tính ngày lễ, Tết), học từ
          các tuần trước ngày cuối của khoảng đã chọn; vùng 80 % và 95 % là khoảng mà lượt đọc thực
          tế dự kiến rơi vào với xác suất tương ứng.
        </p>
      </ChartFrame>
      {trends.searches ? (
        <ChartFrame table={table('tim-kiem')} csvHref={csv('tim-kiem')}>
          <LineChart
            id="chart-tim-kiem"
            title={table('tim-kiem').title}
            summary={seriesSummary('lượt tìm', trends.searches.searches)}
            lines={[
              { label: 'Lượt tìm', points: trends.searches.searches, color: '#1d4ed8' },
              { label: 'Không có kết quả', points: trends.searches.zero, color: '#b91c1c' },
            ]}
          />
        </ChartFrame>
      ) : null}
      <ChartFrame table={table('y-kien')} csvHref={csv('y-kien')}>
        <LineChart
          id="chart-y-kien"
          title={table('y-kien').title}
          summary={seriesSummary('ý kiến', trends.feedback)}
          lines={[{ label: 'Ý kiến gửi', points: trends.feedback, color: '#047857' }]}
        />
      </ChartFrame>
      <ChartFrame table={table('bai-doc-nhieu')} csvHref={csv('bai-doc-nhieu')}>
        {trends.topArticles.length === 0 ? (
          <p className="text-slate-700">Chưa có lượt đọc trong khoảng ngày này.</p>
        ) : (
          <ol className="list-decimal space-y-1 pl-6">
            {trends.topArticles.map((a) => (
              <li key={a.articleId}>
                <Link
                  href={`/quan-tri/xu-huong?bai=${a.articleId}&tu=${range.from}&den=${range.to}`}
                  className="text-blue-800 underline"
                >
                  {a.title}
                </Link>{' '}
                <span className="tabular-nums text-slate-700">
                  ({a.views.toLocaleString('vi-VN')} lượt)
                </span>
              </li>
            ))}
          </ol>
        )}
      </ChartFrame>
      {ranked('chuyen-muc', trends.topCategories)}
      {ranked('tu-khoa', trends.topTerms)}
      {ranked('khong-ket-qua', trends.zeroQueries)}
      {ranked('nguon', trends.referrers)}
      {ranked('thiet-bi', trends.devices)}
    </div>
  );
}
