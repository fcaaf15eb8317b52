import { describe, expect, it } from 'vitest';
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
