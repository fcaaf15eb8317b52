import 'server-only';
import { detectRising } from '../trends/detect';
import type { AlertKind } from './alert-kinds';
import { addDays, type DayRange } from './range';
import { articleSeries, topArticles, topCategorySeries, viewSeries } from './reading';
import type { TrendsScope } from './scope';
import type { DayValue } from './series-fill';
import { feedbackSeries, termSeries, topTerms } from './signals';
import { negativeShifts, type StanceSeries, stanceSeries } from './stance';

export type TrendAlert = {
  /** What rose: "Lượt đọc", an article title, a category, a search term. */
  subject: string;
  /** For `stance`, value and baseline are shares in per cent. */
  kind: AlertKind;
  day: string;
  value: number;
  baseline: number;
  score: number;
  reason: string;
};

/** Days of history before the range that detection and the forecast learn from. */
export const HISTORY_DAYS = 63;
/** Items whose own series are checked for a rise: the most read or searched of the last week. */
const CANDIDATES = 20;

/** The range with the weeks before it that serve as baseline. */
export function withHistory(range: DayRange): DayRange {
  return { from: addDays(range.from, -HISTORY_DAYS), to: range.to };
}

/** The series the caller has already read over `withHistory(range)`. */
export type AlertHistories = { views: DayValue[]; feedback: DayValue[]; stance: StanceSeries[] };

/**
 * Every alert of the range that the scope may see, newest day first, then
 * by score: the scope's reads and feedback, its rising articles and, for
 * the whole portal, rising categories and search terms and the negative
 * stance shifts in the histories given (empty for who may not see them).
 * With `articleId`, that one article's reads and feedback only.
 */
export async function collectAlerts(
  scope: TrendsScope,
  range: DayRange,
  histories: AlertHistories,
  articleId?: string,
): Promise<TrendAlert[]> {
  const whole = scope.all && !articleId;
  const [articles, categories, terms] = await Promise.all([
    articleId ? [] : risingArticles(scope, range),
    whole ? risingCategories(range) : [],
    whole ? risingTerms(range) : [],
  ]);
  return [
    ...negativeShifts(histories.stance, range).map((a) => ({ ...a, kind: 'stance' as const })),
    ...alertsOf('views', 'Lượt đọc', histories.views, range),
    ...alertsOf('feedback', 'Ý kiến bạn đọc', histories.feedback, range),
    ...articles,
    ...categories,
    ...terms,
  ].sort((a, b) => b.day.localeCompare(a.day) || b.score - a.score);
}

/**
 * The whole portal's alerts of the range, as an approver or admin sees them
 * on the dashboard (for the daily email, which has no actor).
 */
export async function portalAlerts(range: DayRange): Promise<TrendAlert[]> {
  const scope = { all: true } as const;
  const history = withHistory(range);
  const [views, feedback, stance] = await Promise.all([
    viewSeries(scope, history),
    feedbackSeries(scope, history),
    stanceSeries(history),
  ]);
  return collectAlerts(scope, range, { views, feedback, stance });
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

const lastWeek = (range: DayRange) => ({ from: addDays(range.to, -6), to: range.to });

/** The last week's most read articles, each against its own history. */
async function risingArticles(scope: TrendsScope, range: DayRange): Promise<TrendAlert[]> {
  const candidates = await topArticles(scope, lastWeek(range), CANDIDATES);
  const series = await articleSeries(
    withHistory(range),
    candidates.map((c) => c.articleId),
  );
  return candidates.flatMap((c) =>
    alertsOf('article', c.title, series.get(c.articleId) ?? [], range),
  );
}

/** The last week's most read categories, each against its own history. */
async function risingCategories(range: DayRange): Promise<TrendAlert[]> {
  const candidates = await topCategorySeries(lastWeek(range), withHistory(range), CANDIDATES);
  return candidates.flatMap((c) => alertsOf('category', c.name, c.series, range));
}

/** The last week's most searched terms, each against its own history. */
async function risingTerms(range: DayRange): Promise<TrendAlert[]> {
  const candidates = await topTerms(lastWeek(range), { limit: CANDIDATES });
  const series = await termSeries(
    withHistory(range),
    candidates.map((c) => c.label),
  );
  return candidates.flatMap((c) =>
    alertsOf('term', `“${c.label}”`, series.get(c.label) ?? [], range),
  );
}
