import 'server-only';
import { db } from '../db/client';
import { type Alert, detectNegativeShift } from '../trends/detect';
import type { DayRange } from './range';
import { type DayValue, fillDays } from './series-fill';

/** One consultation's comments received per day, by stance. */
export type StanceSeries = {
  consultationId: string;
  title: string;
  agree: DayValue[];
  disagree: DayValue[];
  other: DayValue[];
};

type Row = { consultationId: string; title: string; day: string; stance: string; value: bigint };

/**
 * Draft comments received per consultation, day (Vietnam time) and stance,
 * for every consultation that received one in the range. Counted: PENDING,
 * PUBLISHED and HIDDEN. A shift must show while the queue waits for a
 * moderator (counting only PUBLISHED would hide a wave of disagreement until
 * someone has read it all), and a comment hidden after publication was still
 * a citizen's view. Not counted: REJECTED (spam, abuse, off topic: a
 * moderator judged it no comment on the draft; a spam run must not make a
 * shift) and WITHDRAWN (the person took it back). The whole portal's
 * consultations: the caller decides who may see them (dashboard.ts).
 */
export async function stanceSeries(range: DayRange): Promise<StanceSeries[]> {
  const rows = await db().$queryRaw<Row[]>`
    SELECT f."consultationId" AS "consultationId", COALESCE(v.title, c.slug) AS title,
      to_char((f."createdAt" AT TIME ZONE 'UTC' AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, 'YYYY-MM-DD') AS day,
      f.stance::text AS stance, count(*) AS value
    FROM "Feedback" f
    JOIN "Consultation" c ON c.id = f."consultationId"
    LEFT JOIN "ConsultationVersion" v ON v.id = c."liveVersionId"
    -- createdAt is UTC without a zone: a Vietnam day starts 7 hours earlier.
    WHERE f."createdAt" >= ${range.from}::date - interval '7 hours'
      AND f."createdAt" < ${range.to}::date + interval '17 hours'
      AND f."consultationId" IS NOT NULL AND f.stance IS NOT NULL
      AND f.state IN ('PENDING', 'PUBLISHED', 'HIDDEN')
    GROUP BY 1, 2, 3, 4`;
  const byConsultation = new Map<string, { title: string; rows: Row[] }>();
  for (const row of rows) {
    const entry = byConsultation.get(row.consultationId) ?? { title: row.title, rows: [] };
    entry.rows.push(row);
    byConsultation.set(row.consultationId, entry);
  }
  const of = (list: Row[], stance: string) =>
    fillDays(
      range,
      list.filter((r) => r.stance === stance),
    );
  return [...byConsultation]
    .map(([consultationId, { title, rows: list }]) => ({
      consultationId,
      title,
      agree: of(list, 'AGREE'),
      disagree: of(list, 'DISAGREE'),
      other: of(list, 'OTHER'),
    }))
    .sort(
      (a, b) =>
        a.title.localeCompare(b.title, 'vi') || a.consultationId.localeCompare(b.consultationId),
    );
}

/** Each consultation's comments in the range by stance, for the table and its CSV. */
export type StanceTotals = {
  consultationId: string;
  title: string;
  agree: number;
  disagree: number;
  other: number;
};

export function stanceTotals(series: StanceSeries[], range: DayRange): StanceTotals[] {
  const total = (points: DayValue[]) =>
    points.reduce((s, p) => (p.day >= range.from && p.day <= range.to ? s + p.value : s), 0);
  return series
    .map((c) => ({
      consultationId: c.consultationId,
      title: c.title,
      agree: total(c.agree),
      disagree: total(c.disagree),
      other: total(c.other),
    }))
    .filter((c) => c.agree + c.disagree + c.other > 0);
}

/**
 * Rising shares of "Không đồng tình" per consultation, judged on the range's
 * days only (the weeks before are the baseline). "Ý kiến khác" takes no
 * side, so it is in neither share.
 */
export function negativeShifts(
  series: StanceSeries[],
  range: DayRange,
): (Alert & { subject: string })[] {
  return series.flatMap((c) =>
    detectNegativeShift(c.agree, c.disagree, { from: range.from })
      .filter((a) => a.day <= range.to)
      .map((a) => ({ ...a, subject: c.title })),
  );
}
