import 'server-only';
import type { Actor } from '../core/actor';
import { forecast } from '../trends/forecast';
import { collectAlerts, type TrendAlert, withHistory } from './alerts';
import type { DayRange } from './range';
import {
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
import { feedbackSeries, searchSeries, topTerms } from './signals';
import { type StanceTotals, stanceSeries, stanceTotals } from './stance';

export type { TrendAlert };
export const FORECAST_DAYS = 14;

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
  const history = withHistory(range);
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
  const alerts = await collectAlerts(
    scope,
    range,
    { views: viewHistory, feedback: feedbackHistory, stance: stanceHistory },
    articleId,
  );
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
