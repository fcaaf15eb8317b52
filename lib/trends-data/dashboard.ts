import 'server-only';
import type { Actor } from '../core/actor';
import { detectRising } from '../trends/detect';
import { forecast } from '../trends/forecast';
import { addDays, type DayRange } from './range';
import {
  articleSeries,
  type Ranked,
  readsBy,
  type TopArticle,
  topArticles,
  topCategories,
  viewSeries,
  visitorSeries,
} from './reading';
import { assertArticleInScope, type TrendsScope, trendsScope } from './scope';
import type { DayValue } from './series-fill';
import { feedbackSeries, searchSeries, termSeries, topTerms } from './signals';
import { negativeShifts, type StanceTotals, stanceSeries, stanceTotals } from './stance';

/** Days of history before the range that detection and the forecast learn from. */
const HISTORY_DAYS = 63;
/** Items whose own series are checked for a rise: the most read or searched of the last week. */
const CANDIDATES = 20;
export const FORECAST_DAYS = 14;

export type TrendAlert = {
  /** What rose: "Lượt đọc", an article title, a search term. */
  subject: string;
  /** `stance`: a consultation's rising share of "Không đồng tình" (value, baseline in %). */
  kind: 'views' | 'article' | 'term' | 'feedback' | 'stance';
  day: string;
  value: number;
  baseline: number;
  score: number;
  reason: string;
};
export type ForecastPoint = ReturnType<typeof forecast>[number];

export type Trends = {
  range: DayRange;
  scope: TrendsScope;
  /** Set when the dashboard shows one article. */
  article: { id: string } | null;
  views: DayValue[];
  forecast: ForecastPoint[];
  visitors: DayValue[] | null;
  feedback: DayValue[];
  searches: { searches: DayValue[]; zero: DayValue[] } | null;
  topArticles: TopArticle[];
  topCategories: Ranked[] | null;
  topTerms: Ranked[] | null;
  zeroQueries: Ranked[] | null;
  referrers: Ranked[] | null;
  devices: Ranked[] | null;
  /** Draft comments by stance per consultation: the whole portal's, so null for editors. */
  stance: StanceTotals[] | null;
  alerts: TrendAlert[];
};

/**
 * Everything /quan-tri/xu-huong shows, for this actor: the whole portal for
 * approvers and admins; an editor's own articles only (scope.ts, in every
 * query). With `articleId`, one article, refused outside the scope.
 */
export async function loadTrends(
  actor: Actor,
  range: DayRange,
  articleId?: string,
): Promise<Trends> {
  const scope = trendsScope(actor);
  if (articleId) await assertArticleInScope(scope, articleId);
  const history = { from: addDays(range.from, -HISTORY_DAYS), to: range.to };
  const whole = scope.all && !articleId;
  const [viewHistory, feedbackHistory, top] = await Promise.all([
    viewSeries(scope, history, articleId),
    feedbackSeries(scope, history, articleId),
    topArticles(scope, range),
  ]);
  const [visitors, searches, categories, terms, zeroQueries, referrers, devices] = whole
    ? await Promise.all([
        visitorSeries(range),
        searchSeries(range),
        topCategories(range),
        topTerms(range),
        topTerms(range, { wholeQueries: true, zeroOnly: true }),
        readsBy('referrer', range),
        readsBy('device', range),
      ])
    : [null, null, null, null, null, null, null];
  // Consultations are no editor's own articles: their stance is for approvers and admins.
  const stanceHistory = whole ? await stanceSeries(history) : [];
  const alerts = [
    ...negativeShifts(stanceHistory, range).map((a) => ({ ...a, kind: 'stance' as const })),
    ...alertsOf('views', 'Lượt đọc', viewHistory, range),
    ...alertsOf('feedback', 'Ý kiến bạn đọc', feedbackHistory, range),
    ...(articleId ? [] : await risingArticles(scope, range)),
    ...(whole ? await risingTerms(range) : []),
  ].sort((a, b) => b.day.localeCompare(a.day) || b.score - a.score);
  return {
    range,
    scope,
    article: articleId ? { id: articleId } : null,
    views: inRange(viewHistory, range),
    forecast: forecast(viewHistory, FORECAST_DAYS),
    visitors,
    feedback: inRange(feedbackHistory, range),
    searches,
    topArticles: top,
    topCategories: categories,
    topTerms: terms,
    zeroQueries,
    referrers,
    devices,
    stance: whole ? stanceTotals(stanceHistory, range) : null,
    alerts,
  };
}

function inRange(series: DayValue[], range: DayRange): DayValue[] {
  return series.filter((p) => p.day >= range.from && p.day <= range.to);
}

function alertsOf(
  kind: TrendAlert['kind'],
  subject: string,
  series: DayValue[],
  range: DayRange,
): TrendAlert[] {
  // Only the range's days are judged; the weeks before serve as baseline.
  return detectRising(series, { from: range.from })
    .filter((a) => a.day <= range.to)
    .map((a) => ({ ...a, subject, kind }));
}

/** The last week's most read articles, each against its own history. */
async function risingArticles(scope: TrendsScope, range: DayRange): Promise<TrendAlert[]> {
  const week = { from: addDays(range.to, -6), to: range.to };
  const candidates = await topArticles(scope, week, CANDIDATES);
  const series = await articleSeries(
    { from: addDays(range.from, -HISTORY_DAYS), to: range.to },
    candidates.map((c) => c.articleId),
  );
  return candidates.flatMap((c) =>
    alertsOf('article', c.title, series.get(c.articleId) ?? [], range),
  );
}

/** The last week's most searched terms, each against its own history. */
async function risingTerms(range: DayRange): Promise<TrendAlert[]> {
  const week = { from: addDays(range.to, -6), to: range.to };
  const candidates = await topTerms(week, { limit: CANDIDATES });
  const series = await termSeries(
    { from: addDays(range.from, -HISTORY_DAYS), to: range.to },
    candidates.map((c) => c.label),
  );
  return candidates.flatMap((c) =>
    alertsOf('term', `“${c.label}”`, series.get(c.label) ?? [], range),
  );
}
