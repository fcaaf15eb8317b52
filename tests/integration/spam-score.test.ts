import { describe, expect, it } from 'vitest';
import { db } from '../../lib/db/client';
import { scoreSpam } from '../../lib/spam';
import { emptyDatabaseEachTest } from '../helpers/integration';

emptyDatabaseEachTest();

/** Counts as moderators' decisions leave them: the totals row is ''. */
async function learnt(rows: Record<string, [spam: number, ham: number]>) {
  await db().spamToken.createMany({
    data: Object.entries(rows).map(([token, [spamCount, hamCount]]) => ({
      token,
      spamCount,
      hamCount,
    })),
  });
}

const logistic = (x: number) => 1 / (1 + Math.exp(-x));

describe('spam_score(), naive Bayes in the database', () => {
  it('says 0.5 with nothing learnt, and ignores features never seen', async () => {
    expect(await scoreSpam(db(), 'vay tiền')).toBe(0.5);
    await learnt({ '': [10, 10], khac: [0, 0] });
    expect(await scoreSpam(db(), 'vay tiền khác')).toBeCloseTo(0.5, 12);
  });

  it('weighs each feature by Laplace-smoothed counts, with the prior', async () => {
    await learnt({ '': [20, 10], vay: [18, 0], tien: [15, 1], hoi: [0, 9] });
    // prior ln(21/11); votes ln((s+1)/22) - ln((h+1)/12) for each feature present
    const vote = (s: number, h: number) => Math.log((s + 1) / 22) - Math.log((h + 1) / 12);
    const expected = logistic(Math.log(21 / 11) + vote(18, 0) + vote(15, 1));
    expect(await scoreSpam(db(), 'Vay; tiền!')).toBeCloseTo(expected, 12);
    expect(await scoreSpam(db(), 'vay tiền')).toBeGreaterThan(0.95);
    const hoi = logistic(Math.log(21 / 11) + vote(0, 9));
    expect(hoi).toBeLessThan(0.1);
    expect(await scoreSpam(db(), 'hỏi')).toBeCloseTo(hoi, 12);
  });

  it('lets only the 40 most telling features vote', async () => {
    // 40 weakly not-spam syllables and one strongly spam one: with all 41
    // voting the text would lean to not-spam; the weakest one is left out.
    const weak = Array.from({ length: 40 }, (_, i) => `w${String(i).padStart(2, '0')}`);
    await learnt({
      '': [50, 50],
      zalo: [50, 0],
      ...Object.fromEntries(weak.map((w) => [w, [10, 12] as [number, number]])),
    });
    const weakVote = Math.log(11 / 52) - Math.log(13 / 52);
    const strongVote = Math.log(51 / 52) - Math.log(1 / 52);
    // Words only (no pairs learnt): 41 features present, 40 vote.
    const score = await scoreSpam(db(), ['zalo', ...weak].join(' '));
    expect(score).toBeCloseTo(logistic(strongVote + 39 * weakVote), 12);
  });
});
