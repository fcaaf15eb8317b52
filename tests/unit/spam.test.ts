import { describe, expect, it } from 'vitest';
import { spamProbability } from '../../lib/spam/bayes';
import { spamTokens } from '../../lib/spam/tokens';

describe('spam features', () => {
  it('folds diacritics and case, and pairs neighbouring syllables', () => {
    expect(spamTokens('KHUYẾN MÃI Đặc biệt!')).toEqual(
      ['dac', 'dac biet', 'biet', 'khuyen', 'khuyen mai', 'mai', 'mai dac'].sort(),
    );
    expect(spamTokens('khuyến mãi')).toEqual(spamTokens('khuyen mai'));
  });

  it('counts each feature once, and at most 400', () => {
    expect(spamTokens('a a a a')).toEqual(['a', 'a a']);
    const long = Array.from({ length: 2000 }, (_, i) => `w${i}`).join(' ');
    expect(spamTokens(long).length).toBeLessThanOrEqual(401);
  });
});

describe('naive Bayes', () => {
  it('says 0.5 with nothing learnt, and ignores features never seen', () => {
    expect(spamProbability({ spam: 0, ham: 0 }, [])).toBe(0.5);
    expect(spamProbability({ spam: 10, ham: 10 }, [{ spam: 0, ham: 0 }])).toBeCloseTo(0.5);
  });

  it('leans to spam for features seen in spam, to not-spam for the others', () => {
    const totals = { spam: 20, ham: 20 };
    const spammy = [
      { spam: 18, ham: 0 },
      { spam: 15, ham: 1 },
    ];
    const hammy = [
      { spam: 0, ham: 17 },
      { spam: 1, ham: 12 },
    ];
    expect(spamProbability(totals, spammy)).toBeGreaterThan(0.95);
    expect(spamProbability(totals, hammy)).toBeLessThan(0.05);
  });
});
