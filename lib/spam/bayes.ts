/** Counts of one feature, or of all items (the totals row). */
export type Counts = { spam: number; ham: number };

/** Only the most telling features vote: many weak ones would swamp a few strong ones. */
const VOTERS = 40;

/**
 * Naive Bayes over features present in a text (Bernoulli, Laplace
 * smoothing): the probability, 0..1, that the text is spam, given how many
 * spam and not-spam items held each feature. Features never seen say
 * nothing; with nothing learnt yet every text scores 0.5.
 */
export function spamProbability(totals: Counts, features: Counts[]): number {
  if (totals.spam + totals.ham === 0) return 0.5;
  const prior = Math.log((totals.spam + 1) / (totals.ham + 1));
  const votes = features
    .filter((f) => f.spam + f.ham > 0)
    .map(
      (f) => Math.log((f.spam + 1) / (totals.spam + 2)) - Math.log((f.ham + 1) / (totals.ham + 2)),
    )
    .sort((a, b) => Math.abs(b) - Math.abs(a))
    .slice(0, VOTERS);
  const logOdds = votes.reduce((sum, v) => sum + v, prior);
  return 1 / (1 + Math.exp(-Math.max(-30, Math.min(30, logOdds))));
}
